// Duties named outright: a keyword of a duty said in the question picks that duty ("multi-az",
// "manual snapshots"), and tells which area a question means when it names none.
import { normalizeAlias } from "../knowledge/normalize.js";
import { dutiesFor } from "../knowledge/resolve.js";
import type { Duty, Knowledge } from "../knowledge/types.js";
import { saysInOrder } from "./in-order.js";
import { stem } from "./stem.js";
import type { SubjectRef } from "./subjects.js";

export interface DutyFound {
  readonly duty: Duty;
  /** Words of the longest keyword said, or 0 when the duty was found by its text. */
  readonly keywordLength: number;
}

/** The area whose duty keyword the question says, when it names no area: "ddb global tables, who?". */
export function areaFromDuties(
  kb: Knowledge,
  subject: SubjectRef,
  words: readonly string[],
): string | undefined {
  let best: { area: string; length: number } | undefined;
  for (const area of statedAreas(kb, subject)) {
    const found = keywordDuty(kb, subject, area, words);
    if (found && (!best || found.keywordLength > best.length))
      best = { area, length: found.keywordLength };
  }
  return best?.area;
}

/** How long a duty keyword of this subject the question says (0: none), in one area or any. */
export function dutyKeywordLength(
  kb: Knowledge,
  subject: SubjectRef,
  area: string | undefined,
  words: readonly string[],
): number {
  const areas = area ? [area] : statedAreas(kb, subject);
  return Math.max(0, ...areas.map((a) => keywordDuty(kb, subject, a, words)?.keywordLength ?? 0));
}

/** The areas a service states facts for, in the order its file gives them (ties go to the first). */
function statedAreas(kb: Knowledge, subject: SubjectRef): string[] {
  const service = kb.services.get(subject.id);
  const variant = service?.variants.find(
    (v) => v.id === (subject.variant ?? service.defaultVariant),
  );
  return Object.keys({ ...service?.responsibilities, ...variant?.responsibilities });
}

function keywordDuty(
  kb: Knowledge,
  subject: SubjectRef,
  area: string,
  words: readonly string[],
): DutyFound | undefined {
  return byKeyword(dutiesFor(kb, queryOf(subject, area)), words);
}

export function queryOf(subject: SubjectRef, area: string) {
  return { subject: subject.id, area, ...(subject.variant ? { variant: subject.variant } : {}) };
}

// Each duty's keywords, split and stemmed once.
const stemmedKeywords = new WeakMap<Duty, string[][]>();

function keywordsOf(duty: Duty): string[][] {
  let keywords = stemmedKeywords.get(duty);
  if (!keywords) {
    keywords = (duty.keywords ?? []).map((k) => normalizeAlias(k).split(" ").map(stem));
    stemmedKeywords.set(duty, keywords);
  }
  return keywords;
}

// A question's words stemmed once, however many areas' keywords are tried against them.
const stemmed = new WeakMap<readonly string[], string[]>();

/** The duty whose keyword the question says, longest keyword first. */
export function byKeyword(
  duties: readonly Duty[],
  words: readonly string[],
): DutyFound | undefined {
  let said = stemmed.get(words);
  if (!said) {
    said = words.map(stem);
    stemmed.set(words, said);
  }
  let best: DutyFound | undefined;
  for (const duty of duties) {
    for (const k of keywordsOf(duty)) {
      if (k.length > 0 && (!best || k.length > best.keywordLength) && saysInOrder(said, k)) {
        best = { duty, keywordLength: k.length };
      }
    }
  }
  return best;
}
