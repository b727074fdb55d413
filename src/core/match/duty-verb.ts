// A duty named by what is done: "who takes the automated backups?", "who rotates the tenant
// secret?". Every duty's text starts with its verb ("Takes …", "Rotate …", "You decide …"), so
// the verb a "who …" question asks about narrows the area's duties to those that do that, and
// the question's other words pick among them.
import type { Duty } from "../knowledge/types.js";
import type { DutyIndex, Said } from "./duties.js";
import { MARGIN } from "./duty-thresholds.js";
import { stem } from "./stem.js";

// Words between "who" and the verb that only ask: "who actually takes", "who has to rotate".
const BEFORE_VERB = new Set(
  `actually really then normally usually exactly is are was will would should must can could
  does do did has have had needs need to gets get going supposed`
    .split(/\s+/)
    .filter(Boolean),
);

// Words after "who" that are no verb at all: "who the owner is", "who owners are".
const NOT_VERBS = new Set(["the", "a", "an", "it", "this", "that", "owner", "owners"]);

/**
 * The stem of the verb a "who …" question asks about, if it names a deed. `askingVerbs` (the
 * knowledge base's: "handles", "takes care") ask who is responsible and name none.
 */
export function askedVerb(
  words: readonly string[],
  askingVerbs: readonly string[],
): string | undefined {
  const who = words.findIndex((w) => w === "who" || w === "whos" || w === "who's");
  if (who < 0) return undefined;
  for (const [i, word] of words.slice(who + 1, who + 5).entries()) {
    if (BEFORE_VERB.has(word)) continue;
    const rest = words.slice(who + 1 + i).join(" ");
    const asks = askingVerbs.some((v) => rest === v || rest.startsWith(`${v} `));
    if (asks || NOT_VERBS.has(word) || word.length < 3) return undefined;
    return stem(word);
  }
  return undefined;
}

/** The stem of the verb a duty's text starts with ("Takes", "You decide"). */
export function dutyVerb(duty: Duty): string {
  const words = duty.text
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
  const first = words[0] === "you" || words[0] === "your" ? words[1] : words[0];
  return stem(first ?? "");
}

/**
 * "who takes the automated backups?": the duties whose text starts with the verb asked about
 * (`askedVerb`),
 * and among them the one the rest of the question (the area's words included) fits best, well
 * ahead of any such duty of the other side. Nothing when no duty does that deed.
 */
export function byVerb(
  index: DutyIndex,
  duties: readonly Duty[],
  { leftover, areaWords }: Said,
  verb: string | undefined,
  presupposes: boolean,
): Duty | undefined {
  if (!verb) return undefined;
  const doers = duties.filter((d) => dutyVerb(d) === verb && (presupposes || !d.after));
  if (doers.length === 0) return undefined;
  const object = [...leftover, ...areaWords].filter((w) => stem(w) !== verb);
  const [best, ...rest] = index.scores(doers, object);
  if (!best) return undefined;
  const rival = rest.find((r) => r.duty.owner !== best.duty.owner);
  return rival && best.score < MARGIN * rival.score ? undefined : best.duty;
}

/**
 * "who picks / decides …", "whose choice is it": the question asks who makes a choice. `verb` is
 * the question's `askedVerb`; `pickingVerbs` the knowledge base's.
 */
export function asksWhoPicks(
  words: readonly string[],
  verb: string | undefined,
  pickingVerbs: readonly string[],
): boolean {
  if (verb && stemsOf(pickingVerbs).has(verb)) return true;
  return /(?:^| )whose (?:decision|choice|call)(?= |$)/.test(words.join(" "));
}

/** The knowledge base's picking verbs as `askedVerb` stems them, worked out once per list. */
const pickingStems = new WeakMap<readonly string[], ReadonlySet<string>>();

function stemsOf(verbs: readonly string[]): ReadonlySet<string> {
  let stems = pickingStems.get(verbs);
  if (!stems) {
    stems = new Set(verbs.map(stem));
    pickingStems.set(verbs, stems);
  }
  return stems;
}
