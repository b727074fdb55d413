// Tells a belief from a question ("rds is managed so aws patches it" versus "who patches rds?")
// and finds the misconception in the knowledge base that a belief is closest to.
import type { Owner } from "../contract.js";
import type { Knowledge, Misconception } from "../knowledge/types.js";
import { wordsOf } from "./clean-text.js";
import { COMMON_WORDS } from "./common-words.js";
import { type Cues, cuesOf } from "./cues.js";

/** A statement of who does something, and the party it says does it. */
export interface Belief {
  readonly claimed: Owner | "unclear";
}

/**
 * A belief rather than a question: tagged ("…, right?"), or stated flatly or with "so"/"means",
 * saying the provider does something ("aws patches it", "no action needed") or that we must
 * ("we have to patch the hypervisor ourselves"). A plain question is not a belief.
 */
export function beliefIn(
  cues: Cues,
  text: string,
  raw: string,
  claimText = text,
): Belief | undefined {
  // "give me the list of stuff we're on the hook for": a request, not a belief.
  if (cues.request.test(text) || clausesOf(raw).some((c) => cues.request.test(c))) return undefined;
  // "do we still patch anything? our cto says no": a belief reported inside a question.
  if (cues.reported.test(text)) return { claimed: "unclear" };
  // "whose job is getting those right?" ends in "right" without tagging a belief.
  const gotRight =
    /\b(?:get|getting|got|set|setting|do|doing)\s+(?:\w+\s+){0,2}right\s*[?!.]*\s*$/i;
  const tagged =
    !gotRight.test(raw) &&
    (cues.tag.test(text) ||
      /\b(?:right|correct|yes|yeah|no)\s*[?!.]*\s*$/i.test(raw) ||
      /\b(?:right|correct|isn'?t it|yeah)\s*\?/i.test(raw));
  const asked = cues.question_start.test(text) || cues.question_inside.test(text);
  if (tagged ? cues.wh_question.test(text) : asked) return undefined;
  const provider = cues.claim.test(claimText) || cues.belief.test(text);
  const customer = cues.own_duty.test(text);
  if (!provider && !customer) return undefined;
  if (!tagged && !cues.connective.test(text) && /\?\s*$/.test(raw)) return undefined;
  // "aws applies those, we just pick the window": both sides named is a claim that it is shared,
  // unless the last sentence settles it one way.
  if (provider && customer) {
    const last = lastClaim(cues, raw);
    return { claimed: last === "unclear" ? "shared" : last };
  }
  return { claimed: provider ? "provider" : "customer" };
}

/** The clauses of a message, each as its words: "Before we go live, list …" has two. */
export function clausesOf(raw: string): string[] {
  return raw.split(/[.,;:!?—–]+\s*|\s+-\s+/).map((c) => wordsOf(c).join(" "));
}

/** Who the last sentence says does it: "…we need to evidence it. That's aws's hypervisor, no?" */
function lastClaim(cues: Cues, raw: string): Owner | "unclear" {
  const sentences = raw.split(/[.!?;—–]+\s+|\s+-\s+/).filter((s) => s.trim() !== "");
  const last = wordsOf(sentences.at(-1) ?? "").join(" ");
  const provider = cues.claim.test(last) || cues.belief.test(last);
  const customer = cues.own_duty.test(last);
  return provider === customer ? "unclear" : provider ? "provider" : "customer";
}

export interface MythMatch {
  readonly misconception: Misconception;
  readonly score: number;
}

/**
 * The closest misconception by shared content words, favouring ones about the same service and
 * area. A belief that one side does something is never the myth that the other side alone does
 * it: "lambda handles all the patching, right?" is not "we must patch lambda's OS ourselves".
 */
export function closestMyth(
  kb: Knowledge,
  words: readonly string[],
  subject: string | undefined,
  area: string | undefined,
  claimed: Belief["claimed"] = "unclear",
): MythMatch | undefined {
  const asked = contentWords(words);
  let best: MythMatch | undefined;
  for (const { misconception: m, phrasings, claims } of mythWords(kb)) {
    if (opposite(claimed, claims)) continue;
    // A myth about another part is not the one asked: an availability myth never answers a
    // belief about patching.
    if (area !== undefined && m.areas.length > 0 && !m.areas.includes(area)) continue;
    const overlap = Math.max(...phrasings.map((p) => jaccard(asked, p)));
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

// The content words of every myth's phrasings, computed once per knowledge base.
const cache = new WeakMap<
  Knowledge,
  { misconception: Misconception; phrasings: Set<string>[]; claims: Belief["claimed"] }[]
>();

/** Who a myth's own statement says does it: "we have to patch…" says the customer. */
function claimOf(cues: Cues, statement: string): Belief["claimed"] {
  const text = wordsOf(statement).join(" ");
  const provider = cues.claim.test(text) || cues.belief.test(text);
  const customer = cues.own_duty.test(text);
  return provider === customer ? "unclear" : provider ? "provider" : "customer";
}

/** One side said by the question and the other side alone by the myth. */
function opposite(asked: Belief["claimed"], myth: Belief["claimed"]): boolean {
  const oneSided = (c: Belief["claimed"]) => c === "provider" || c === "customer";
  return oneSided(asked) && oneSided(myth) && asked !== myth;
}

function mythWords(kb: Knowledge) {
  let entries = cache.get(kb);
  if (!entries) {
    entries = kb.misconceptions.map((misconception) => ({
      misconception,
      phrasings: [misconception.myth, ...misconception.phrasings].map((p) =>
        contentWords(p.toLowerCase().split(/[^\p{L}\p{N}]+/u)),
      ),
      claims: claimOf(cuesOf(kb), misconception.myth),
    }));
    cache.set(kb, entries);
  }
  return entries;
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
