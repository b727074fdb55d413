// The readings the matcher builds a message into: an ownership question narrowed to its duty,
// a myth, a question back, out of scope; and the choices they rest on (which service is the
// focus, which area, what the learned layer is sure of).
import type { Intent } from "../contract.js";
import { resolveOwnership } from "../knowledge/resolve.js";
import { dutyAsked } from "./duty-asked.js";
import { areaFromDuties, dutyKeywordLength, queryOf } from "./duty-keywords.js";
import type { SubjectMention } from "./entities.js";
import type { Facts, Interpretation, WhoOwns } from "./interpretation.js";
import { learnedArea, learnedAreaAmong, learnedIntent } from "./learned.js";
import { type Belief, closestMyth } from "./myths.js";
import type { SubjectRef } from "./subjects.js";

/** How many words (a product family: "apsaradb") may stand between a provider and its service. */
const QUALIFIER_GAP = 2;
/** Words that put two things side by side rather than one inside the other ("db2 on ec2"). */
const LINKS = new Set([
  "on",
  "in",
  "to",
  "into",
  "onto",
  "with",
  "from",
  "and",
  "or",
  "for",
  "at",
  "vs",
  "versus",
  "than",
]);
const isLink = (w: string) => LINKS.has(w);

/**
 * A question about a provider, product or place srm-bot does not cover: named with no covered
 * service beside it ("patching on heroku", "my laptop"), or naming a covered service's word as
 * its own ("alibaba ecs" is Alibaba's ECS, not Amazon's). A covered service named apart from it
 * ("moving from heroku to app runner") keeps the question in scope.
 */
export function outsideAsked(f: Facts): Interpretation | undefined {
  const hits = f.vocab.outside.find(f.words);
  const [first] = hits;
  if (!first) return undefined;
  // A service named right after the outside name is that provider's own ("alibaba ecs",
  // "alibaba cloud apsaradb rds"), not the covered provider's service of the same name.
  const qualified = (start: number) =>
    hits.some((h) => {
      const between = f.words.slice(h.start + h.length, start);
      return (
        start >= h.start + h.length && between.length <= QUALIFIER_GAP && !between.some(isLink)
      );
    });
  // A covered service the bot only guessed from a typo ("vmsa" read as "vmss") is no answer to
  // an outside name said outright ("our on-prem vmware hosts need the vmsa patch").
  const guessed = (m: SubjectMention) =>
    m.phrase.split(" ").every((_, k) => f.corrected.has(m.start + k));
  const covered = f.entities.subjects.some(
    (m) =>
      (m.target.kind === "service" || m.target.kind === "model") &&
      !qualified(m.start) &&
      !guessed(m),
  );
  if (covered || f.entities.providers.length > 0) return undefined;
  const outside = first.targets[0];
  return { intent: "unknown", reason: "out-of-scope", ...(outside ? { outside } : {}) };
}

/**
 * Of several services named, the one whose narrower facts the question speaks of: "s3 data
 * events in cloudtrail" is about CloudTrail (data events are a CloudTrail fact), even though S3
 * comes first. Without such a clue the first service named stays the subject.
 */
export function focus(f: Facts, subject: SubjectRef): SubjectRef {
  const area = f.entities.areas[0]?.area;
  const named = [
    ...new Set(
      f.entities.subjects.flatMap((m) => (m.target.kind === "service" ? [m.target.service] : [])),
    ),
  ];
  if (named.length < 2) return subject;
  // "moving postgres off ec2 onto rds": the service moved to is the one asked about.
  if (f.cues.migration.test(f.text)) {
    const last = named.at(-1);
    if (last && last !== subject.id) return { id: last, kind: "service" };
  }
  const strength = (ref: SubjectRef) => dutyKeywordLength(f.kb, ref, area, f.words);
  let best = { ref: subject, length: strength(subject) };
  for (const id of named) {
    if (id === subject.id) continue;
    const ref: SubjectRef = { id, kind: "service" };
    const length = strength(ref);
    if (length > best.length) best = { ref, length };
  }
  return best.ref;
}

/**
 * The area asked about: the best-scored one, unless a narrower fact of the subject names one of
 * the other areas found ("who keeps that sync server updated" is about patching, where the sync
 * server is a fact, not about the logins it syncs). With no area word, a narrower fact's area.
 */
export function chooseArea(f: Facts, subject: SubjectRef | undefined): string | undefined {
  const found = f.entities.areas;
  const fromDuty = subject ? areaOfDuty(f, subject) : undefined;
  if (fromDuty && found.some((a) => a.area === fromDuty)) return fromDuty;
  const [top] = found;
  const tied = found.filter((a) => a.score === top?.score).map((a) => a.area);
  return learnedAreaAmong(f.classifier, f.words, tied) ?? top?.area ?? fromDuty;
}

/**
 * A question with a service but no area the rules know, which the rules would only explain:
 * the learned layer may read it as an ownership question of an area it is sure of, or as a
 * request for the checklist. The owner still comes from the knowledge base.
 */
export function fromLearned(f: Facts, subject: SubjectRef): Interpretation | undefined {
  const intent = learnedIntent(f.classifier, f.words);
  // Asked who does something ("can you state who provides mitigation of…"), the rules only
  // lack the area, which the classifier may supply; "who owns cosmos db?" names nothing to do.
  const asksWho = /(?:^| )(?:who|whose|whos) (?!owns? )/.test(f.text) && f.words.length >= 8;
  const asksOwnership = intent === "who-owns" || (asksWho && intent === undefined);
  const area = asksOwnership ? learnedArea(f.classifier, f.words) : undefined;
  if (area) return whoOwns(f, subject, area);
  if (intent === "checklist") return { intent: "checklist", subject };
  return undefined;
}

export function areaOfDuty(f: Facts, subject: SubjectRef): string | undefined {
  return areaFromDuties(f.kb, subject, f.words);
}

/** An ownership question, narrowed to the one duty of the area it asks about, if any. */
export function whoOwns(f: Facts, subject: SubjectRef, area: string): WhoOwns {
  const duty = dutyAsked(f, subject, area);
  return { intent: "who-owns", subject, area, ...(duty ? { duty } : {}) };
}

/** Who owns what an ownership reading asks about, from the knowledge base. */
export function ownerOf(f: Facts, asked: WhoOwns): string | undefined {
  const query = queryOf(asked.subject, asked.area);
  return resolveOwnership(f.kb, { ...query, ...(asked.duty ? { duty: asked.duty } : {}) })?.owner;
}

/**
 * "who decides which ports are open on our amazon servers": one provider named, no service, and
 * an area in which one of its services answers for the provider itself (providers.yaml).
 */
function providerService(f: Facts, area: string): SubjectRef | undefined {
  const [only, ...others] = f.entities.providers;
  if (!only || others.length > 0) return undefined;
  const id = f.kb.providers.get(only)?.areaServices?.[area];
  return id && f.kb.services.has(id) ? { id, kind: "service" } : undefined;
}

export function needSubject(wanted: Intent, f: Facts, area: string | undefined): Interpretation {
  if (f.subjects.kind === "ambiguous") {
    return {
      intent: "clarify",
      wanted,
      question: "which-of",
      term: f.subjects.term,
      choices: f.subjects.choices,
      ...(area ? { area } : {}),
    };
  }
  if (area && wanted === "who-owns") {
    const forProvider = providerService(f, area);
    if (forProvider) return { ...whoOwns(f, forProvider, area), carried: "provider" };
  }
  if (area && (wanted === "who-owns" || wanted === "checklist")) {
    return { intent: "clarify", wanted, question: "which-service", choices: [], area };
  }
  return { intent: "unknown", reason: "not-understood", ...(area ? { area } : {}) };
}

export function myth(
  f: Facts,
  subject: SubjectRef | undefined,
  named: string | undefined,
  claimed: Belief["claimed"] = "unclear",
): Interpretation {
  // A belief about security as a whole names no area: beside "security", a stray weak word
  // ("we just ship code") does not make it one.
  const top = f.entities.areas[0];
  const aboutSecurity = / security /.test(` ${f.text} `);
  const area = aboutSecurity && top !== undefined && top.score < 1 ? undefined : named;
  if (f.subjects.kind === "ambiguous" && !subject) return needSubject("myth", f, area);
  const match = closestMyth(f.kb, f.words, subject?.id, area, claimed);
  const duty = subject && area ? dutyAsked(f, subject, area) : undefined;
  return {
    intent: "myth",
    ...(subject ? { subject } : {}),
    ...(area ? { area } : {}),
    ...(duty ? { duty } : {}),
    ...(match ? { misconception: match.misconception } : {}),
  };
}
