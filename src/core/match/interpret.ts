// From a message to what it asks: one contract intent with its service, area and variant, a
// clarifying question when the service is ambiguous or missing, or unknown. Never a guess:
// an ownership intent is returned only with both a subject and an area.
import type { Intent } from "../contract.js";
import type { Knowledge } from "../knowledge/types.js";
import type { IntentAreaClassifier } from "../learn/classifier.js";
import { wordsOf } from "./clean-text.js";
import { findEntities } from "./entities.js";
import { followUp, withAlso } from "./follow-ups.js";
import { CUES, MYTH_CUES } from "./intent-cues.js";
import type { ConversationContext, Facts, Interpretation, Understood } from "./interpretation.js";
import { beliefIn } from "./myths.js";
import {
  chooseArea,
  focus,
  myth,
  needSubject,
  outsideAsked,
  trueOwner,
  whoOwns,
} from "./readings.js";
import { correctSpelling } from "./spelling.js";
import { resolveSubjects } from "./subjects.js";
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
