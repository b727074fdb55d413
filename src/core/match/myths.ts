// Tells a belief from a question ("rds is managed so aws patches it" versus "who patches rds?")
// and finds the misconception in the knowledge base that a belief is closest to.
import type { Knowledge, Misconception } from "../knowledge/types.js";
import { COMMON_WORDS } from "./common-words.js";
import { MYTH_CUES } from "./intent-cues.js";

/**
 * A belief rather than a question: tagged ("…, right?"), stated with a belief phrase ("no
 * action needed"), or a claim about who does something joined by "so"/"means" or said flatly.
 */
export function soundsLikeMyth(text: string, raw: string): boolean {
  const asked = MYTH_CUES.questionStart.test(text) || MYTH_CUES.questionInside.test(text);
  if (MYTH_CUES.tag.test(text) || /\b(?:right|correct|yes|yeah|no)\s*[?!.]*\s*$/i.test(raw)) {
    // "that's on us, right?" asks for confirmation; "we must patch the hypervisor ourselves, right?" is a belief.
    const believes =
      MYTH_CUES.claim.test(text) || MYTH_CUES.belief.test(text) || MYTH_CUES.ownDuty.test(text);
    return believes && !MYTH_CUES.whQuestion.test(text);
  }
  if (asked) return false;
  if (MYTH_CUES.belief.test(text)) return true;
  return (
    MYTH_CUES.claim.test(text) && (MYTH_CUES.connective.test(text) || !raw.trim().endsWith("?"))
  );
}

export interface MythMatch {
  readonly misconception: Misconception;
  readonly score: number;
}

/** The closest misconception by shared content words, favouring ones about the same service and area. */
export function closestMyth(
  kb: Knowledge,
  words: readonly string[],
  subject: string | undefined,
  area: string | undefined,
): MythMatch | undefined {
  const asked = contentWords(words);
  let best: MythMatch | undefined;
  for (const m of kb.misconceptions) {
    const overlap = Math.max(
      ...[m.myth, ...m.phrasings].map((p) =>
        jaccard(asked, contentWords(p.toLowerCase().split(/[^\p{L}\p{N}]+/u))),
      ),
    );
    const aboutSubject = subject !== undefined && m.services.includes(subject) ? 0.25 : 0;
    const generic = m.services.length === 0 ? 0.05 : 0;
    const aboutArea = area !== undefined && m.areas.includes(area) ? 0.2 : 0;
    const conflicting =
      subject !== undefined && m.services.length > 0 && !m.services.includes(subject) ? -0.3 : 0;
    const score = overlap + aboutSubject + aboutArea + generic + conflicting;
    if (!best || score > best.score) best = { misconception: m, score };
  }
  return best && best.score >= 0.3 ? best : undefined;
}

function contentWords(words: readonly string[]): Set<string> {
  return new Set(words.filter((w) => w.length > 2 && !COMMON_WORDS.has(w)));
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}
