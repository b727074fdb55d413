// From a message to what it asks: one contract intent with its service, area and variant, a
// clarifying question when the service is ambiguous or missing, or unknown. Never a guess:
// an ownership intent is returned only with both a subject and an area.
import type { Intent } from "../contract.js";
import type { Knowledge } from "../knowledge/types.js";
import type { IntentAreaClassifier } from "../learn/classifier.js";
import { wordsOf } from "./clean-text.js";
import { cuesOf } from "./cues.js";
import { findEntities } from "./entities.js";
import { followUp, withAlso } from "./follow-ups.js";
import type { ConversationContext, Facts, Interpretation, Understood } from "./interpretation.js";
import { learnedIntent } from "./learned.js";
import { type Belief, beliefIn, clausesOf } from "./myths.js";
import {
  chooseArea,
  focus,
  myth,
  needSubject,
  outsideAsked,
  ownerOf,
  whoOwns,
} from "./readings.js";
import { type Correction, correctSpelling } from "./spelling.js";
import { resolveSubjects, type SubjectRef } from "./subjects.js";
import type { Vocabulary } from "./vocabulary.js";

export type { ConversationContext, Interpretation, Understood } from "./interpretation.js";

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
  classifier?: IntentAreaClassifier,
): Understood {
  const raw = wordsOf(message);
  const [first, second] = raw;
  const isWhoOwnsCommand =
    first === "who" && second === "owns" && message.trim().toLowerCase().startsWith("who-owns");
  const command = isWhoOwnsCommand ? "who-owns" : first !== undefined ? COMMANDS[first] : undefined;
  const body = command ? raw.slice(isWhoOwnsCommand ? 2 : 1) : raw;
  const { facts, corrections } = factsOf(kb, vocab, { body, message, context, classifier });
  const interpretation = command ? fromCommand(command, facts) : fromFreeText(facts);
  return { interpretation, words: facts.words, corrections };
}

/** A message's words to read (those after a command word, if any), with what it was asked in. */
export interface Asked {
  readonly body: readonly string[];
  readonly message: string;
  readonly context?: ConversationContext | undefined;
  readonly classifier?: IntentAreaClassifier | undefined;
}

/** What the matcher knows of the words before reading them: spelling, entities, subjects. */
export function factsOf(
  kb: Knowledge,
  vocab: Vocabulary,
  asked: Asked,
): { facts: Facts; corrections: Correction[] } {
  const { body } = asked;
  const { words, corrections } = correctSpelling(body, vocab);
  const entities = findEntities(words, vocab);
  const facts: Facts = {
    kb,
    vocab,
    cues: cuesOf(kb),
    words,
    corrected: new Set(words.flatMap((w, i) => (w === body[i] ? [] : [i]))),
    text: words.join(" "),
    message: asked.message,
    entities,
    subjects: resolveSubjects(entities, kb, words),
    context: asked.context,
    classifier: asked.classifier,
  };
  return { facts, corrections };
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

/** What every free-text rule reads: the facts, and the subject, other service and area found. */
interface Reading {
  readonly f: Facts;
  readonly subject: SubjectRef | undefined;
  readonly other: SubjectRef | undefined;
  readonly area: string | undefined;
  readonly asksOwnership: boolean;
}

/** A free-text rule: when it applies, what the message asks. The first that applies wins. */
interface Rule {
  readonly name: string;
  readonly when: (r: Reading) => boolean;
  readonly read: (r: Reading) => Interpretation | undefined;
}

// Read top to bottom: the first rule whose `when` holds and whose `read` gives a reading answers.
const FREE_TEXT_RULES: readonly Rule[] = [
  {
    name: "greeting",
    when: ({ f }) => f.text === "" || f.cues.greeting.test(f.text),
    read: () => ({ intent: "help" }),
  },
  {
    name: "help",
    when: ({ f, subject, area }) =>
      !subject && !area && f.subjects.kind === "none" && f.cues.help.test(f.text),
    read: () => ({ intent: "help" }),
  },
  { name: "outside", when: () => true, read: ({ f }) => outsideAsked(f) },
  {
    name: "not about responsibility",
    when: ({ f }) => f.cues.out_of_scope.test(f.text) && !f.cues.strong_ownership.test(f.text),
    read: () => ({ intent: "unknown", reason: "out-of-scope" }),
  },
  {
    name: "tip",
    when: ({ f, subject, area, asksOwnership }) =>
      f.cues.tip.test(f.text) && !(subject && area && asksOwnership),
    read: ({ subject, area }) => ({
      intent: "tip",
      ...(subject ? { subject } : {}),
      ...(area ? { area } : {}),
    }),
  },
  {
    name: "compare",
    when: ({ f, subject, other, area }) =>
      !!subject && !!other && (f.cues.compare.test(f.text) || !area),
    read: ({ subject, other }) =>
      subject && other ? { intent: "compare", subjects: [subject, other] } : undefined,
  },
  { name: "belief", when: () => true, read: fromBelief },
  {
    // "explain" said outright wins over a list cue ("explain … which bits are ours").
    name: "explain said",
    when: ({ f, subject, area }) =>
      !!subject &&
      !area &&
      /(?:^| )explain(?: |$)/.test(f.text) &&
      !f.cues.explicit_checklist.test(f.text),
    read: ({ subject }) => (subject ? { intent: "explain", subject } : undefined),
  },
  {
    // "checklist" said outright wins; other list cues yield to a clear ownership question.
    name: "checklist",
    when: ({ f, area, asksOwnership }) =>
      f.cues.explicit_checklist.test(f.text) ||
      (f.cues.checklist.test(f.text) &&
        !(area && asksOwnership && (f.entities.areas[0]?.score ?? 0) >= 1)),
    read: ({ f, subject, area }) =>
      subject ? { intent: "checklist", subject } : followUp(f, "checklist", area),
  },
  {
    name: "explain",
    when: ({ f, subject, area }) => !!subject && !area && f.cues.explain.test(f.text),
    read: ({ subject }) => (subject ? { intent: "explain", subject } : undefined),
  },
  {
    name: "who owns",
    when: ({ subject, area }) => !!subject && !!area,
    read: ({ f, subject, area }) =>
      subject && area ? withAlso(whoOwns(f, subject, area), f, subject) : undefined,
  },
];

function fromFreeText(f: Facts): Interpretation {
  const subjects = f.subjects.kind === "found" ? f.subjects.subjects : [];
  const [first] = subjects;
  const subject = first && !f.cues.compare.test(f.text) ? focus(f, first) : first;
  const other = subjects.find(
    (s) => s !== subject && (s.id !== subject?.id || s.variant !== subject?.variant),
  );
  const area = chooseArea(f, subject);
  const reading: Reading = {
    f,
    subject,
    other,
    area,
    asksOwnership: f.cues.ownership.test(f.text),
  };
  for (const rule of FREE_TEXT_RULES) {
    const found = rule.when(reading) ? rule.read(reading) : undefined;
    if (found) return found;
  }
  return followUp(f, subject ? "explain" : "who-owns", area);
}

const YES_NO = /^(?:can|could|is|are|does|do|did|will|would|should|has|have)(?= )/;
const TRUE_OR_NOT = /^(?:is|are) (?:it|that|this) (?:true|accurate|correct|right)(?= |$)/;

/**
 * A statement the rules find no claim in ("ebs is replicated anyway so snapshots are pointless,
 * yeah?") is a belief when the learned layer is sure it is one and nothing in it asks who, what
 * or how. Which side it credits stays unclear, so it is never confirmed as true.
 */
function learnedBelief(f: Facts): Belief | undefined {
  if (/(?:^| )(?:who|whos|whose|whom|which|what|whats|how|where|when)(?= |$)/.test(f.text)) {
    return undefined;
  }
  // A sentence opening on "can", "is", "does" … asks ("can aws get them back??"), unless it only
  // asks whether something said is true ("is that accurate?").
  if (clausesOf(f.message).some((s) => YES_NO.test(s) && !TRUE_OR_NOT.test(s))) return undefined;
  return learnedIntent(f.classifier, f.words) === "myth" ? { claimed: "unclear" } : undefined;
}

/** The message with each service it names said as "it": "aks will always patch…" claims. */
function serviceAsIt(f: Facts): string {
  const words = [...f.words];
  for (const { start, phrase } of f.entities.subjects) {
    const length = phrase.split(" ").length;
    words.splice(start, length, "it", ...Array<string>(length - 1).fill(""));
  }
  return words.filter((w) => w !== "").join(" ");
}

/**
 * A belief ("…, right?", "our understanding is…"): confirmed as an ownership answer when it is
 * true ("gke control plane upgrades: google does those, right?"), else busted as a myth.
 */
function fromBelief({ f, subject, area }: Reading): Interpretation | undefined {
  const belief = beliefIn(f.cues, f.text, f.message, serviceAsIt(f)) ?? learnedBelief(f);
  if (!belief) return undefined;
  // The ownership reading is worked out once: it answers a true belief and tells it from a myth.
  const asked = subject && area ? whoOwns(f, subject, area) : undefined;
  const overstated = f.cues.absolute.test(f.text);
  if (asked && ownerOf(f, asked) === belief.claimed && !overstated) return asked;
  return myth(f, subject, area, belief.claimed);
}
