// When does `srm checklist WORDS...` name several services? The command has always read all its
// words as one question and answered for the first service found; that reading is kept whenever
// it sees one service ("eks fargate" is EKS on Fargate, "ecs ec2" is ECS on EC2). Only when the
// matcher sees two or more distinct services does the command answer for the whole stack.
import type { Knowledge } from "../knowledge/types.js";
import { wordsOf } from "../match/clean-text.js";
import { COMMON_WORDS } from "../match/common-words.js";
import { englishWords } from "../match/english-words.js";
import type { ServiceNameReader } from "./names.js";
import { readStack, type StackReading, stackOfSubjects } from "./stack.js";
import type { NameProblem } from "./types.js";

/**
 * The services named, or undefined when the words name at most one service (answer as before).
 * Each word is one service when every word reads alone as one ("ec2 rds 'blob storage'");
 * otherwise the services are those the matcher finds in the whole sentence ("for ec2 and rds").
 */
export function severalServicesNamed(
  kb: Knowledge,
  words: readonly string[],
  reader: ServiceNameReader,
): StackReading | undefined {
  const together = reader.subjectsIn(words.join(" ")).filter((s) => s.kind === "service");
  if (new Set(together.map((s) => s.id)).size < 2) return undefined;
  const readings = words.map((w) => reader.read(w));
  if (readings.every((r) => r.kind === "service")) return readStack(kb, words, reader);
  // In a sentence, "for" and "and" are words; "cosmoss" is a service the list would leave out.
  const unread = readings.flatMap((r): NameProblem[] =>
    r.kind === "problem" && r.problem.reason === "unknown" && !everyday(r.problem.name)
      ? [r.problem]
      : [],
  );
  if (unread.length > 0) return { kind: "stack-error", problems: unread };
  return { kind: "stack", services: stackOfSubjects(kb, together) };
}

/** Words of plain English, which a sentence naming services may hold around them. */
function everyday(text: string): boolean {
  return wordsOf(text).every((w) => COMMON_WORDS.has(w) || englishWords().has(w));
}
