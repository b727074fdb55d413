// How sure the duty matcher must be before it names one duty instead of the whole area.

/** A BM25 score under this says too little to name a duty. */
export const MIN_SCORE = 6;
/** One shared word ("engine", "nodes") is chance; a duty is named by at least two. */
export const MIN_TERMS = 2;
/** …and by at least this share of the question's own words. */
export const MIN_COVERAGE = 0.34;
/** A single word this rare (its BM25 score) names a duty when no duty of another owner matches. */
export const STRONG_SINGLE = 6;
/** How far the chosen duty must outscore the best duty of another owner. */
export const MARGIN = 1.5;
