// Reads the learned layer's model from disk (the core does no I/O) and builds what trains it.
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { Knowledge } from "../core/knowledge/types.js";
import { type ClassifierModel, QuestionClassifier } from "../core/learn/classifier.js";
import { type Example, trainingExamples } from "../core/learn/training-data.js";
import { parseEvalFile } from "../eval/score.js";

/** The shipped model: written by `npm run train`, read at start. */
export const DEFAULT_MODEL = fileURLToPath(
  new URL("../../models/classifier.json", import.meta.url),
);

/** The project's own question sets: the labelled questions the model learns from. */
export const QUESTION_SETS_DIR = fileURLToPath(new URL("../../test/eval/", import.meta.url));

export async function loadClassifier(file: string = DEFAULT_MODEL): Promise<QuestionClassifier> {
  const model = JSON.parse(await readFile(file, "utf8")) as ClassifierModel;
  if (model.format !== 1) throw new Error(`${file}: unknown classifier model format`);
  return QuestionClassifier.fromModel(model);
}

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
