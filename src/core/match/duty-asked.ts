// Which duty of an area a message asks about: the duty a keyword names, or the one its leftover
// words (not the subject's, not the area's, not a condition it takes as given) point at.
import type { Knowledge } from "../knowledge/types.js";
import { conditionIn } from "./conditions.js";
import { cuesOf } from "./cues.js";
import { findDuty } from "./duties.js";
import type { Entities } from "./entities.js";
import type { SubjectRef } from "./subjects.js";
import type { Vocabulary } from "./vocabulary.js";

const WHO = new Set(["who", "whose", "who's", "whom"]);

export interface Message {
  readonly kb: Knowledge;
  readonly vocab: Vocabulary;
  /** The message's words as the matcher reads them (typos corrected). */
  readonly words: readonly string[];
  readonly entities: Entities;
}

export function dutyAsked(m: Message, subject: SubjectRef, area: string): string | undefined {
  // "who takes the backups, and who sets how long they are kept?" asks about two duties: the
  // area as a whole answers both.
  if (m.words.filter((w) => WHO.has(w)).length > 1) return undefined;
  const condition = conditionIn(m.words, cuesOf(m.kb));
  const leftover = leftoverWords(m, area, condition);
  const said = { words: m.words, leftover, areaWords: areaPhraseWords(m, area) };
  return findDuty(m.kb, m.vocab.duties, subject, area, said, condition)?.duty.id;
}

/** The words of the phrases that named the area ("maintenance window"). */
function areaPhraseWords(m: Message, area: string): string[] {
  return (m.entities.areas.find((a) => a.area === area)?.phrases ?? []).flatMap((p) =>
    p.split(" "),
  );
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
  const areaWords = new Set(condition ? [] : areaPhraseWords(m, area));
  return m.words.filter((w, i) => !covered.has(i) && !areaWords.has(w));
}
