// What the learned layer sees of a question. The intent lives in phrasing ("what do we", "who
// owns"), so its classifier sees each pair of neighbouring words too; the area lives in single
// words, and its classifier (22 labels, so the costlier one) sees only those.
import { stem } from "../match/stem.js";

/** Stemmed words, each once: the classifiers count presence, not frequency. */
export function wordFeatures(words: readonly string[]): string[] {
  return [...new Set(words.map(stem))];
}

/** Stemmed words and each pair of neighbours. */
export function phraseFeatures(words: readonly string[]): string[] {
  const stems = words.map(stem);
  const pairs = stems.slice(1).map((w, i) => `${stems[i]}_${w}`);
  return [...new Set([...stems, ...pairs])];
}
