// Reads a service name as people say it ("blob storage", "eks fargate", "lamda") with the
// matcher the who-owns command uses: the same words, typo corrections, aliases, variants and
// out-of-scope check. A name must come out as exactly one service; anything else is a problem
// that names it, never a guess.
import type { Knowledge } from "../knowledge/types.js";
import { wordsOf } from "../match/clean-text.js";
import { factsOf } from "../match/interpret.js";
import { outsideAsked } from "../match/readings.js";
import type { Correction } from "../match/spelling.js";
import type { SubjectRef, SubjectResult } from "../match/subjects.js";
import { buildVocabulary, type Vocabulary } from "../match/vocabulary.js";
import { closestServices, suggestionOf } from "./suggest.js";
import type { NameProblem, NameProblemReason } from "./types.js";

export type NameReading =
  | {
      readonly kind: "service";
      readonly ref: SubjectRef;
      readonly corrections: readonly Correction[];
    }
  | { readonly kind: "problem"; readonly problem: NameProblem };

export interface ServiceNameReader {
  /** One name, read alone: the one service it names, or why it names none. */
  read(name: string): NameReading;
  /**
   * Several words read together as one sentence, the way `srm checklist ecs ec2` has always
   * been read (there, "ec2" names ECS's EC2 variant): the subjects the matcher finds.
   */
  subjectsIn(text: string): readonly SubjectRef[];
}

const readers = new WeakMap<Knowledge, ServiceNameReader>();

/** The reader for a knowledge base, built once: its vocabulary is the matcher's own. */
export function nameReaderFor(kb: Knowledge): ServiceNameReader {
  let reader = readers.get(kb);
  if (!reader) {
    reader = matcherNameReader(kb, buildVocabulary(kb));
    readers.set(kb, reader);
  }
  return reader;
}

export function matcherNameReader(kb: Knowledge, vocab: Vocabulary): ServiceNameReader {
  return {
    read: (name) => readName(kb, vocab, name),
    subjectsIn: (text) => {
      const { subjects } = factsFor(kb, vocab, text).facts;
      return subjects.kind === "found" ? subjects.subjects : [];
    },
  };
}

/** What the matcher makes of a text, read as a command's words are. */
function factsFor(kb: Knowledge, vocab: Vocabulary, text: string) {
  return factsOf(kb, vocab, { body: wordsOf(text), message: text });
}

function readName(kb: Knowledge, vocab: Vocabulary, name: string): NameReading {
  const { facts, corrections } = factsFor(kb, vocab, name);
  // As for a command: a provider srm-bot does not cover is said so, before any service.
  if (outsideAsked(facts)) return problem(name, "outside", []);
  const result = facts.subjects;
  if (result.kind === "ambiguous") {
    return problem(
      name,
      "ambiguous",
      result.choices.flatMap((id) => suggestionOf(kb, id) ?? []),
    );
  }
  if (result.kind === "none") return problem(name, "unknown", closestServices(kb, name));
  return readFound(kb, name, result, corrections);
}

function readFound(
  kb: Knowledge,
  name: string,
  result: Extract<SubjectResult, { kind: "found" }>,
  corrections: readonly Correction[],
): NameReading {
  const services = result.subjects.filter((s) => s.kind === "service");
  const ids = [...new Set(services.map((s) => s.id))];
  if (ids.length > 1) {
    return problem(
      name,
      "several",
      ids.flatMap((id) => suggestionOf(kb, id) ?? []),
    );
  }
  // One service read with two variants ("eks self-managed nodes" also holds "managed nodes"):
  // the first, as the who-owns command takes it, so the column is what the bot would answer.
  const [first] = services;
  // "paas" names a service model: the matrix is of services, and a model has no one owner.
  if (!first) return problem(name, "model", []);
  return { kind: "service", ref: first, corrections };
}

function problem(
  name: string,
  reason: NameProblemReason,
  suggestions: NameProblem["suggestions"],
): NameReading {
  return { kind: "problem", problem: { name, reason, suggestions } };
}
