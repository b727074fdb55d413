// Which duty of an area a message asks about: the duty a keyword names, or the one its leftover
// words (not the subject's, not the area's, not a condition it takes as given) point at.
import type { Knowledge } from "../knowledge/types.js";
import { conditionIn } from "./conditions.js";
import { findDuty } from "./duties.js";
import type { Entities } from "./entities.js";
import type { SubjectRef } from "./subjects.js";
import type { Vocabulary } from "./vocabulary.js";

export interface Message {
  readonly kb: Knowledge;
  readonly vocab: Vocabulary;
  /** The message's words as the matcher reads them (typos corrected). */
  readonly words: readonly string[];
  readonly entities: Entities;
}

export function dutyAsked(m: Message, subject: SubjectRef, area: string): string | undefined {
  const condition = conditionIn(m.words);
  const leftover = leftoverWords(m, area, condition);
  return findDuty(m.kb, m.vocab.duties, subject, area, m.words, leftover, condition)?.duty.id;
}

/**
 * The words that name neither the subject nor the area nor a condition the question takes as
 * given: what may name one duty of the area. With a feature taken as on, the area's own words
 * ("who fails over") are the duty's, so they stay.
 */
function leftoverWords(
  m: Message,
  area: string,
  condition: ReadonlySet<number> | undefined,
): string[] {
  const covered = new Set<number>(condition);
  for (const s of m.entities.subjects) {
    const length = s.phrase.split(" ").length;
    for (let k = 0; k < length; k++) covered.add(s.start + k);
  }
  const areaWords = new Set(
    condition
      ? []
      : (m.entities.areas.find((a) => a.area === area)?.phrases ?? []).flatMap((p) => p.split(" ")),
  );
  return m.words.filter((w, i) => !covered.has(i) && !areaWords.has(w));
}
