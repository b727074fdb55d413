// What the learned layer is trained on, read from disk: the project's own question sets (never
// the shared dev set) and the knowledge base. Used by `npm run train` and the staleness test.
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { Knowledge } from "../core/knowledge/types.js";
import { type Example, trainingExamples } from "../core/learn/training-data.js";
import { parseEvalFile } from "../eval/score.js";

/** The project's own question sets: the labelled questions the model learns from. */
export const QUESTION_SETS_DIR = fileURLToPath(new URL("../../test/eval/", import.meta.url));

/** Every labelled example, in a fixed order: the question sets by file name, then the knowledge base's. */
export async function readTrainingExamples(
  kb: Knowledge,
  dir: string = QUESTION_SETS_DIR,
): Promise<Example[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith(".jsonl")).sort();
  const questions = [];
  for (const f of files) questions.push(...parseEvalFile(await readFile(`${dir}${f}`, "utf8"), f));
  return trainingExamples(kb, questions);
}

export function hashExamples(examples: readonly Example[]): string {
  return createHash("sha256").update(JSON.stringify(examples)).digest("hex");
}
