// Corrects typos of known words ("pathcing", "lamda", "rsd") before phrase matching. Fuse.js
// proposes candidates; a correction is kept only when it is one edit away (two for long words),
// so an everyday word is never bent into a service name.
import { COMMON_WORDS } from "./common-words.js";
import { englishWords } from "./english-words.js";
import { fuzzyKey, type Vocabulary } from "./vocabulary.js";

export interface Correction {
  readonly from: string;
  readonly to: string;
}

export function correctSpelling(
  words: readonly string[],
  vocab: Vocabulary,
): { words: string[]; corrections: Correction[] } {
  const corrections: Correction[] = [];
  const out = words.map((word) => {
    if (word.length < 3 || /\d/.test(word)) return word;
    // The 60,000-word English list is read only for a word the vocabulary does not know.
    if (vocab.known.has(word) || COMMON_WORDS.has(word) || englishWords().has(word)) return word;
    if (word.endsWith("s") && vocab.known.has(word.slice(0, -1))) return word;
    const best = word.length === 3 ? swappedLetters(word, vocab) : closest(word, vocab);
    if (!best) return word;
    corrections.push({ from: word, to: best });
    return best;
  });
  return { words: out, corrections };
}

/** Fuse.js proposes; one edit is allowed for most words, two only for long ones. */
function closest(word: string, vocab: Vocabulary): string | undefined {
  const allowed = word.length >= 9 ? 2 : 1;
  const found: { item: string; score: number }[] = [];
  for (let n = word.length - allowed; n <= word.length + allowed; n++) {
    for (const r of vocab.fuzzy.get(fuzzyKey(n, word[0] ?? ""))?.search(word, { limit: 4 }) ?? []) {
      if (editDistance(word, r.item) <= allowed) found.push({ item: r.item, score: r.score ?? 1 });
    }
  }
  return found.sort((a, b) => a.score - b.score)[0]?.item;
}

/** A three-letter word ("rsd") is corrected only by swapping two letters, and only when one word fits. */
function swappedLetters(word: string, vocab: Vocabulary): string | undefined {
  const sorted = [...word].sort().join("");
  const fits = vocab.threeLetter.filter(
    (w) => [...w].sort().join("") === sorted && editDistance(word, w) === 1,
  );
  return fits.length === 1 ? fits[0] : undefined;
}

/** Optimal string alignment distance: insertions, deletions, substitutions, adjacent swaps. */
export function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    const row = d[i] as number[];
    const prev = d[i - 1] as number[];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(
        (prev[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (prev[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, ((d[i - 2] as number[])[j - 2] as number) + 1);
      }
      row[j] = v;
    }
  }
  return (d[a.length] as number[])[b.length] as number;
}
