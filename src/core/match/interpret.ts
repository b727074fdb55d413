// From a message to what it asks: one contract intent with its service, area and variant, a
// clarifying question when the service is ambiguous or missing, or unknown. Never a guess:
// an ownership intent is returned only with both a subject and an area.
import type { Intent } from "../contract.js";
import { resolveOwnership } from "../knowledge/resolve.js";
import type { Knowledge, Misconception } from "../knowledge/types.js";
import type { QuestionClassifier } from "../learn/classifier.js";
import { wordsOf } from "./clean-text.js";
import { areaFromDuties, dutyKeywordLength } from "./duties.js";
import { dutyAsked } from "./duty-asked.js";
import { type Entities, findEntities } from "./entities.js";
import { CUES, MYTH_CUES } from "./intent-cues.js";
import { learnedAreaAmong, learnedReading } from "./learned.js";
import { beliefIn, closestMyth } from "./myths.js";
import { type Correction, correctSpelling } from "./spelling.js";
import { resolveSubjects, type SubjectRef, type SubjectResult } from "./subjects.js";
import type { Vocabulary } from "./vocabulary.js";

export type Interpretation =
  | {
      readonly intent: "who-owns";
      readonly subject: SubjectRef;
      readonly area: string;
      /** The one duty of the area asked about, when the question names one. */
      readonly duty?: string;
      /** Other services asked the same of ("patching on rds and ec2"). */
      readonly also?: readonly SubjectRef[];
      /** What a follow-up took from the conversation. */
      readonly carried?: "subject" | "area";
    }
  | { readonly intent: "checklist"; readonly subject: SubjectRef }
  | { readonly intent: "explain"; readonly subject: SubjectRef }
  | {
      readonly intent: "myth";
      readonly subject?: SubjectRef;
      readonly area?: string;
      readonly duty?: string;
      readonly misconception?: Misconception;
    }
  | { readonly intent: "compare"; readonly subjects: readonly [SubjectRef, SubjectRef] }
  | { readonly intent: "tip"; readonly subject?: SubjectRef; readonly area?: string }
  | { readonly intent: "help" }
  | {
      readonly intent: "clarify";
      readonly wanted: Intent;
      readonly question: "which-service" | "which-of";
      readonly term?: string;
      readonly choices: readonly string[];
      readonly area?: string;
    }
  | {
      readonly intent: "unknown";
      readonly reason: "out-of-scope" | "not-understood" | "needs-area";
      /** The uncovered provider, product or place named, when that is why. */
      readonly outside?: string;
      readonly subject?: SubjectRef;
      readonly area?: string;
    };

type WhoOwns = Extract<Interpretation, { intent: "who-owns" }>;

/** What a conversation remembers between messages, so "and on aurora?" can be answered. */
export interface ConversationContext {
  readonly intent: Intent;
  readonly subject?: SubjectRef;
  readonly area?: string;
}

export interface Understood {
  readonly interpretation: Interpretation;
  readonly words: readonly string[];
  readonly corrections: readonly Correction[];
}

const COMMANDS: Record<string, Intent> = {
  checklist: "checklist",
  explain: "explain",
  myth: "myth",
  compare: "compare",
  tip: "tip",
  help: "help",
};

export function interpret(
  kb: Knowledge,
  vocab: Vocabulary,
  message: string,
  context?: ConversationContext,
  classifier?: QuestionClassifier,
): Understood {
  const raw = wordsOf(message);
  const [first, second] = raw;
  const isWhoOwnsCommand =
    first === "who" && second === "owns" && message.trim().toLowerCase().startsWith("who-owns");
  const command = isWhoOwnsCommand ? "who-owns" : first !== undefined ? COMMANDS[first] : undefined;
  const body = command ? raw.slice(isWhoOwnsCommand ? 2 : 1) : raw;
  const { words, corrections } = correctSpelling(body, vocab);
  const entities = findEntities(words, vocab);
  const subjects = resolveSubjects(entities, kb, words);
  const facts: Facts = {
    kb,
    vocab,
    words,
    text: words.join(" "),
    message,
    entities,
    subjects,
    context,
    classifier,
  };
  const interpretation = command ? fromCommand(command, facts) : fromFreeText(facts);
  return { interpretation, words, corrections };
}

interface Facts {
  readonly kb: Knowledge;
  readonly vocab: Vocabulary;
  readonly words: readonly string[];
  readonly text: string;
  readonly message: string;
  readonly entities: Entities;
  readonly subjects: SubjectResult;
  readonly context: ConversationContext | undefined;
  readonly classifier: QuestionClassifier | undefined;
}

function fromCommand(command: Intent, f: Facts): Interpretation {
  const outside = outsideAsked(f);
  if (outside && command !== "help" && command !== "tip") return outside;
  const subjects = f.subjects.kind === "found" ? f.subjects.subjects : [];
  const [subject, other] = subjects;
  const area = f.entities.areas[0]?.area;
  switch (command) {
    case "help":
      return { intent: "help" };
    case "tip":
      return { intent: "tip", ...(subject ? { subject } : {}), ...(area ? { area } : {}) };
    case "myth":
      return myth(f, subject, area);
    case "compare":
      if (subject && other) return { intent: "compare", subjects: [subject, other] };
      return needSubject("compare", f, area);
    case "checklist":
    case "explain":
      return subject ? { intent: command, subject } : needSubject(command, f, area);
    default:
      if (subject && area) return whoOwns(f, subject, area);
      if (subject) return { intent: "unknown", reason: "needs-area", subject };
      return needSubject("who-owns", f, area);
  }
}

function fromFreeText(f: Facts): Interpretation {
  const { text, entities } = f;
  const subjects = f.subjects.kind === "found" ? f.subjects.subjects : [];
  const [first] = subjects;
  const subject = first && !CUES.compare.test(text) ? focus(f, first) : first;
  const other = subjects.find(
    (s) => s !== subject && (s.id !== subject?.id || s.variant !== subject?.variant),
  );
  const area = chooseArea(f, subject);
  const nothingFound = !subject && !area && f.subjects.kind === "none";
  const asksOwnership = CUES.ownership.test(text);

  if (text === "" || CUES.greeting.test(text)) return { intent: "help" };
  if (nothingFound && CUES.help.test(text)) return { intent: "help" };
  const outside = outsideAsked(f);
  if (outside) return outside;
  if (CUES.outOfScope.test(text) && !CUES.strongOwnership.test(text))
    return { intent: "unknown", reason: "out-of-scope" };
  if (CUES.tip.test(text) && !(subject && area && asksOwnership)) {
    return { intent: "tip", ...(subject ? { subject } : {}), ...(area ? { area } : {}) };
  }
  if (subject && other && (CUES.compare.test(text) || !area)) {
    return { intent: "compare", subjects: [subject, other] };
  }
  const belief = beliefIn(text, f.message);
  if (belief) {
    // "gke control plane upgrades: google does those, right?" is true: confirm it as an answer.
    const owner = subject && area ? trueOwner(f, subject, area) : undefined;
    const overstated = MYTH_CUES.absolute.test(text);
    if (subject && area && owner === belief.claimed && !overstated) {
      return whoOwns(f, subject, area);
    }
    return myth(f, subject, area);
  }
  // "explain" said outright wins over a list cue ("explain … which bits are ours").
  if (
    subject &&
    !area &&
    /(?:^| )explain(?: |$)/.test(text) &&
    !CUES.explicitChecklist.test(text)
  ) {
    return { intent: "explain", subject };
  }
  // "checklist" said outright wins; other list cues yield to a clear ownership question.
  const listAsked =
    CUES.explicitChecklist.test(text) ||
    (CUES.checklist.test(text) && !(area && asksOwnership && (entities.areas[0]?.score ?? 0) >= 1));
  if (listAsked) {
    return subject ? { intent: "checklist", subject } : followUp(f, "checklist", area);
  }
  if (subject && !area && CUES.explain.test(text)) return { intent: "explain", subject };
  if (subject && area) return withAlso(whoOwns(f, subject, area), f, subject);
  return followUp(f, subject ? "explain" : "who-owns", area);
}

/**
 * A question about a provider, product or place srm-bot does not cover: named with no covered
 * service beside it ("patching on heroku", "my laptop"), or naming a covered service's word as
 * its own ("alibaba ecs" is Alibaba's ECS, not Amazon's). A covered service named apart from it
 * ("moving from heroku to app runner") keeps the question in scope.
 */
function outsideAsked(f: Facts): Interpretation | undefined {
  const hits = f.vocab.outside.find(f.words);
  const [first] = hits;
  if (!first) return undefined;
  const qualified = new Set(hits.map((h) => h.start + h.length));
  const covered = f.entities.subjects.some(
    (m) => (m.target.kind === "service" || m.target.kind === "model") && !qualified.has(m.start),
  );
  if (covered || f.entities.providers.length > 0) return undefined;
  const outside = first.targets[0];
  return { intent: "unknown", reason: "out-of-scope", ...(outside ? { outside } : {}) };
}

/** Fills what a short follow-up leaves out from the conversation's last question. */
function followUp(f: Facts, wanted: Intent, area: string | undefined): Interpretation {
  const subjects = f.subjects.kind === "found" ? f.subjects.subjects : [];
  const [subject] = subjects;
  const ctx = f.context;
  if (subject && !area) {
    if (ctx?.intent === "who-owns" && ctx.area && looksLikeFollowUp(f)) {
      return { ...whoOwns(f, subject, ctx.area), carried: "area" };
    }
    if ((ctx?.intent === "checklist" || ctx?.intent === "explain") && looksLikeFollowUp(f)) {
      return { intent: ctx.intent, subject };
    }
    if (wanted !== "checklist") {
      const learned = fromLearned(f, subject);
      if (learned) return learned;
    }
    return { intent: wanted === "checklist" ? "checklist" : "explain", subject };
  }
  if (area && !subject && f.subjects.kind !== "ambiguous" && ctx?.subject && looksLikeFollowUp(f)) {
    return { ...whoOwns(f, ctx.subject, area), carried: "subject" };
  }
  return needSubject(wanted, f, area);
}

/**
 * Of several services named, the one whose narrower facts the question speaks of: "s3 data
 * events in cloudtrail" is about CloudTrail (data events are a CloudTrail fact), even though S3
 * comes first. Without such a clue the first service named stays the subject.
 */
function focus(f: Facts, subject: SubjectRef): SubjectRef {
  const area = f.entities.areas[0]?.area;
  const named = [
    ...new Set(
      f.entities.subjects.flatMap((m) => (m.target.kind === "service" ? [m.target.service] : [])),
    ),
  ];
  if (named.length < 2) return subject;
  // "moving postgres off ec2 onto rds": the service moved to is the one asked about.
  if (MIGRATION.test(f.text)) {
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

const MIGRATION =
  /\b(?:move|moving|moved|migrate|migrating|migrated|going from|switching from|lift and shift)\b/;

/**
 * The area asked about: the best-scored one, unless a narrower fact of the subject names one of
 * the other areas found ("who keeps that sync server updated" is about patching, where the sync
 * server is a fact, not about the logins it syncs). With no area word, a narrower fact's area.
 */
function chooseArea(f: Facts, subject: SubjectRef | undefined): string | undefined {
  const found = f.entities.areas;
  const fromAspect = subject ? areaOfAspect(f, subject) : undefined;
  if (fromAspect && found.some((a) => a.area === fromAspect)) return fromAspect;
  const [top] = found;
  const tied = found.filter((a) => a.score === top?.score).map((a) => a.area);
  return learnedAreaAmong(f.classifier, f.words, tied) ?? top?.area ?? fromAspect;
}

/**
 * A question with a service but no area the rules know, which the rules would only explain:
 * the learned layer may read it as an ownership question of an area it is sure of, or as a
 * request for the checklist. The owner still comes from the knowledge base.
 */
function fromLearned(f: Facts, subject: SubjectRef): Interpretation | undefined {
  const learned = learnedReading(f.classifier, f.words);
  // Asked who does something ("can you state who provides mitigation of…"), the rules only
  // lack the area, which the classifier may supply; "who owns cosmos db?" names nothing to do.
  const asksWho = /(?:^| )(?:who|whose|whos) (?!owns? )/.test(f.text) && f.words.length >= 8;
  const asksOwnership = learned.intent === "who-owns" || asksWho;
  if (asksOwnership && learned.area) return whoOwns(f, subject, learned.area);
  if (learned.intent === "checklist") return { intent: "checklist", subject };
  return undefined;
}

function areaOfAspect(f: Facts, subject: SubjectRef): string | undefined {
  return areaFromDuties(f.kb, subject, f.words);
}

/** An ownership question, narrowed to the one duty of the area it asks about, if any. */
function whoOwns(f: Facts, subject: SubjectRef, area: string): WhoOwns {
  const duty = dutyAsked(f, subject, area);
  return { intent: "who-owns", subject, area, ...(duty ? { duty } : {}) };
}

function trueOwner(f: Facts, subject: SubjectRef, area: string): string | undefined {
  const duty = dutyAsked(f, subject, area);
  return resolveOwnership(f.kb, {
    subject: subject.id,
    area,
    ...(subject.variant ? { variant: subject.variant } : {}),
    ...(duty ? { duty } : {}),
  })?.owner;
}

/**
 * "and on aurora?", "what about backups?", "aurora?": a message that leans on the last one. A
 * full question that only lacks a service ("who manages logins") is not one: it gets asked
 * which service, never silently the last question's.
 */
function looksLikeFollowUp(f: Facts): boolean {
  return (
    /^(?:and|also|what about|how about|same for|same on|same question|what of|ok and|ok what about|then)\b/.test(
      f.text,
    ) ||
    (f.words.length <= 3 && !MYTH_CUES.questionStart.test(f.text))
  );
}

/** Adds the other services the question joins to its subject with "and" or "or". */
function withAlso(i: WhoOwns, f: Facts, subject: SubjectRef): Interpretation {
  const also = joinedServices(f, subject);
  return also.length > 0 ? { ...i, also } : i;
}

const JOINING = new Set(["and", "or", "plus", "also", "both", "as", "well", "vs", "on", "in"]);

/** "patching on rds and ec2", "rds, aurora or dynamodb": services listed beside the subject. */
function joinedServices(f: Facts, subject: SubjectRef): SubjectRef[] {
  // A service folded into another as its variant ("eks on fargate") is not a second subject.
  const resolved = new Set(f.subjects.kind === "found" ? f.subjects.subjects.map((s) => s.id) : []);
  const mentions = f.entities.subjects.filter(
    (m) => m.target.kind === "service" && resolved.has(m.target.service),
  );
  const listed: SubjectRef[] = [];
  let previous = mentions.find(
    (m) => m.target.kind === "service" && m.target.service === subject.id,
  );
  if (!previous) return [];
  let joined = false;
  for (const m of mentions.slice(mentions.indexOf(previous) + 1)) {
    if (m.target.kind !== "service") continue;
    const end = previous.start + previous.phrase.split(" ").length;
    // Commas are gone by now: "s3, efs or ebs" reads "s3 efs or ebs".
    const between = f.words.slice(end, m.start);
    if (between.length > 3 || !between.every((w) => JOINING.has(w))) break;
    joined ||= between.some((w) => w === "and" || w === "or" || w === "plus");
    const ref: SubjectRef = {
      id: m.target.service,
      kind: "service",
      ...(m.target.variant ? { variant: m.target.variant } : {}),
    };
    if (ref.id !== subject.id && !listed.some((l) => l.id === ref.id)) listed.push(ref);
    previous = m;
  }
  return joined ? listed : [];
}

function needSubject(wanted: Intent, f: Facts, area: string | undefined): Interpretation {
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
  if (area && (wanted === "who-owns" || wanted === "checklist")) {
    return { intent: "clarify", wanted, question: "which-service", choices: [], area };
  }
  return { intent: "unknown", reason: "not-understood", ...(area ? { area } : {}) };
}

function myth(
  f: Facts,
  subject: SubjectRef | undefined,
  named: string | undefined,
): Interpretation {
  // A belief about security as a whole names no area: beside "security", a stray weak word
  // ("we just ship code") does not make it one.
  const top = f.entities.areas[0];
  const aboutSecurity = / security /.test(` ${f.text} `);
  const area = aboutSecurity && top !== undefined && top.score < 1 ? undefined : named;
  if (f.subjects.kind === "ambiguous" && !subject) return needSubject("myth", f, area);
  const match = closestMyth(f.kb, f.words, subject?.id, area);
  const duty = subject && area ? dutyAsked(f, subject, area) : undefined;
  return {
    intent: "myth",
    ...(subject ? { subject } : {}),
    ...(area ? { area } : {}),
    ...(duty ? { duty } : {}),
    ...(match ? { misconception: match.misconception } : {}),
  };
}
