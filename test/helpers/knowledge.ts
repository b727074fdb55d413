// Shared knowledge-base helpers: the shipped documents, read once, and ways to add or swap
// fixture files so each failure of the knowledge check can be shown on a small broken file.
import { readFileSync } from "node:fs";
import { loadKnowledge } from "../../src/core/knowledge/load.js";
import type {
  Knowledge,
  KnowledgeDocument,
  KnowledgeProblem,
} from "../../src/core/knowledge/types.js";
import { KnowledgeError } from "../../src/core/knowledge/types.js";
import { Srm } from "../../src/core/srm.js";
import { shippedClassifier } from "../../src/knowledge/classifier-file.js";
import { readKnowledgeDocuments } from "../../src/knowledge/files.js";

const shipped = await readKnowledgeDocuments();

export function shippedDocuments(): KnowledgeDocument[] {
  return [...shipped];
}

let cached: Knowledge | undefined;
/** The knowledge base the bot ships with, loaded once per test file. */
export function shippedKnowledge(): Knowledge {
  cached ??= loadKnowledge(shipped);
  return cached;
}

/** A fixture from test/fixtures/knowledge, placed at `path` inside the knowledge folder. */
export function fixture(name: string, path: string): KnowledgeDocument {
  const text = readFileSync(new URL(`../fixtures/knowledge/${name}`, import.meta.url), "utf8");
  return { path, text };
}

/** The shipped documents with some replaced or added (matched by path) and some removed. */
export function documentsWith(
  extra: readonly KnowledgeDocument[],
  without: readonly string[] = [],
): KnowledgeDocument[] {
  const replaced = new Set([...extra.map((d) => d.path), ...without]);
  return [...shipped.filter((d) => !replaced.has(d.path)), ...extra];
}

/** The problems the loader reports for these documents; an empty list if they load. */
export function problemsOf(documents: readonly KnowledgeDocument[]): readonly KnowledgeProblem[] {
  try {
    loadKnowledge(documents);
    return [];
  } catch (error) {
    if (error instanceof KnowledgeError) return error.problems;
    throw error;
  }
}

const classifier = shippedClassifier();

let srm: Srm | undefined;
/**
 * One Srm over the shipped knowledge base and the shipped learned layer, as the bot runs,
 * shared by a test file; pass a clock for follow-ups.
 */
export function shippedSrm(clock?: () => number): Srm {
  if (clock) return new Srm(shippedKnowledge(), clock, classifier);
  srm ??= new Srm(shippedKnowledge(), Date.now, classifier);
  return srm;
}

/** Questions that reach every kind of answer for every shipped service: for renderer limits. */
export function everyKindOfAnswer(): string[] {
  return [
    ...[...shippedKnowledge().services.keys()].flatMap((id) => [
      `explain ${id}`,
      `checklist ${id}`,
      `who-owns patching on ${id}`,
      `myth ${id} is managed so security is their job`,
    ]),
    "compare ec2 lambda",
    "compare gke autopilot vs standard",
    "tip",
    "help",
    "who patches functions",
    "whats the weather",
  ];
}

/** One command per non-ownership intent, with the title its card shows on every platform. */
export const INTENT_TITLES: readonly [string, string][] = [
  ["checklist lambda", "Your checklist for AWS Lambda"],
  ["explain fargate", "Shared responsibility for AWS Fargate"],
  ["myth serverless means no security", "Myth check"],
  ["compare ec2 lambda", "Amazon EC2 vs AWS Lambda"],
  ["tip", "Tip of the day"],
];
