// A condition a question takes as given: a feature already on ("once multi-az is on"), a setup
// already there ("we have aurora with a reader in another az"). Its words describe the
// condition, not the duty asked about, and they make "what happens then" the question. The
// phrases that say so are the `condition` cue of cues.yaml.
import type { Cues } from "./cues.js";

/**
 * The words of a clause that takes a feature as already on, which describe the condition
 * rather than the duty asked about (so "turn on X" is not what is asked), or undefined.
 */
export function conditionIn(words: readonly string[], cues: Cues): ReadonlySet<number> | undefined {
  const text = words.join(" ");
  const m = cues.condition.exec(text);
  // "pitr was never enabled" says the feature is off: nothing is taken as on.
  if (!m || cues.negation.test(m[0])) return undefined;
  const start = text.slice(0, m.index + (m[0].startsWith(" ") ? 1 : 0)).split(" ").length - 1;
  const length = m[0].trim().split(" ").length;
  return new Set(Array.from({ length }, (_, k) => start + k));
}
