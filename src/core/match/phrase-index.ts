// Finds known phrases (aliases) in a list of words: longest match first, no overlaps, in one
// left-to-right pass. A phrase may point at several targets; the caller decides what wins.
import { normalizeAlias } from "../knowledge/normalize.js";

export interface PhraseHit<T> {
  readonly targets: readonly T[];
  readonly phrase: string;
  /** Index of the first word and the number of words covered. */
  readonly start: number;
  readonly length: number;
}

export class PhraseIndex<T> {
  private readonly phrases = new Map<string, T[]>();
  /** The longest phrase starting with each word: a word that starts none is skipped at once. */
  private readonly startingWith = new Map<string, number>();

  add(phrase: string, target: T): void {
    const key = normalizeAlias(phrase);
    if (!key) return;

    const targets = this.phrases.get(key);
    if (!targets) this.phrases.set(key, [target]);
    else if (!targets.includes(target)) targets.push(target);
    const words = key.split(" ");
    const first = words[0] ?? "";
    this.startingWith.set(first, Math.max(this.startingWith.get(first) ?? 0, words.length));
  }

  has(phrase: string): boolean {
    return this.phrases.has(normalizeAlias(phrase));
  }

  /** Every phrase found in `words`, longest first at each position, never overlapping. */
  find(words: readonly string[]): PhraseHit<T>[] {
    const hits: PhraseHit<T>[] = [];
    let i = 0;
    while (i < words.length) {
      let matched = false;
      const word = words[i] ?? "";
      // "lambdas" starts no phrase, but its singular is one.
      const longest = Math.max(
        this.startingWith.get(word) ?? 0,
        this.phrases.has(singular(word)) ? 1 : 0,
      );
      for (let n = Math.min(longest, words.length - i); n >= 1; n--) {
        const phrase = words.slice(i, i + n).join(" ");
        const targets = this.phrases.get(phrase) ?? this.phrases.get(singular(phrase));
        if (targets) {
          hits.push({ targets, phrase, start: i, length: n });
          i += n;
          matched = true;
          break;
        }
      }
      if (!matched) i++;
    }
    return hits;
  }

  /** Every word used in any phrase. */
  words(): Set<string> {
    return new Set([...this.phrases.keys()].flatMap((k) => k.split(" ")));
  }
}

/** "lambdas" -> "lambda", "policies" -> "policy": only the last word, only when it is plural-looking. */
function singular(phrase: string): string {
  if (phrase.endsWith("ies") && phrase.length > 4) return `${phrase.slice(0, -3)}y`;
  if (phrase.endsWith("s") && !phrase.endsWith("ss") && phrase.length > 3)
    return phrase.slice(0, -1);
  return phrase;
}
