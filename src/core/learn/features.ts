// What the learned layer sees of a question: its stemmed words and each pair of neighbours,
// so "what do we" and "who owns" carry the intent that single words do not.
import { stem } from "../match/stem.js";

export function featuresOf(words: readonly string[]): string[] {
  const stems = words.map(stem);
  const pairs = stems.slice(1).map((w, i) => `${stems[i]}_${w}`);
  return [...stems, ...pairs];
}
