// How the matcher leans on the learned layer: only where the rules are unsure, and only at
// high confidence. A question with a service but no area word the rules know ("who keeps the
// lights on for our cosmos db?") may be read as an ownership question of the area the
// classifier is sure of; two areas the rules score the same are told apart by it. The owner
// always comes from the knowledge base.
import type { IntentAreaClassifier, Ranked } from "../learn/classifier.js";

/** An intent is taken from the classifier at this probability or more… */
const SURE_INTENT = 0.95;
/** …and only when the next intent is at most this likely (Rasa's ambiguity threshold, inverted). */
const NEXT_INTENT_AT_MOST = 0.9;
/** An area is taken from the classifier at this probability or more… */
const SURE_AREA = 0.95;
/** …or at this much and this many times more likely than any other area. */
const MIN_AREA = 0.05;
const AREA_LEAD = 20;
/** Between areas the rules tie, the classifier decides only this far ahead (log2 odds). */
const TIE_LEAD = 4;

/** The intent the classifier is sure a question asks, if any. */
export function learnedIntent(
  classifier: IntentAreaClassifier | undefined,
  words: readonly string[],
): string | undefined {
  if (!classifier) return undefined;
  const [top, next] = classifier.intents(words);
  return top && top.p >= SURE_INTENT && (next?.p ?? 0) <= NEXT_INTENT_AT_MOST
    ? top.label
    : undefined;
}

/**
 * The area the classifier is sure a question is about, if any. Asked only when an area is
 * wanted: the area model is the costlier of the two.
 */
export function learnedArea(
  classifier: IntentAreaClassifier | undefined,
  words: readonly string[],
): string | undefined {
  if (!classifier) return undefined;
  const [area, runnerUp] = classifier.areas(words);
  // Naive Bayes is overconfident or shy in turn: an area is sure when it is likely outright, or
  // when it is far ahead of every other area.
  const sure =
    area !== undefined &&
    (area.p >= SURE_AREA || (area.p >= MIN_AREA && (runnerUp?.p ?? 0) * AREA_LEAD <= area.p));
  return sure ? area.label : undefined;
}

/** Of areas the rules scored the same, the one the classifier ranks clearly first, if any. */
export function learnedAreaAmong(
  classifier: IntentAreaClassifier | undefined,
  words: readonly string[],
  tied: readonly string[],
): string | undefined {
  if (!classifier || tied.length < 2) return undefined;
  const [first, second] = classifier.areas(words).filter((r: Ranked) => tied.includes(r.label));
  if (!first) return undefined;
  return second === undefined || first.odds - second.odds >= TIE_LEAD ? first.label : undefined;
}
