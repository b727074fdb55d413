// `npm run train:check`: k-fold cross-validation of the learned layer on the project's question
// sets (the knowledge base's examples always train), with how often each confidence level is
// right: what the thresholds in src/core/match/learned.ts are chosen from.

import { readdir, readFile } from "node:fs/promises";
import createNaiveBayes from "wink-naive-bayes-text-classifier";
import { QuestionClassifier, trainClassifier } from "../src/core/learn/classifier.js";
import { trainingExamples } from "../src/core/learn/training-data.js";
import { parseEvalFile } from "../src/eval/score.js";
import { loadKnowledgeDir } from "../src/knowledge/files.js";
import { QUESTION_SETS_DIR } from "../src/knowledge/training-files.js";

const FOLDS = 5;
const kb = await loadKnowledgeDir();
const files = (await readdir(QUESTION_SETS_DIR)).filter((f) => f.endsWith(".jsonl")).sort();
const questions = [];
for (const f of files)
  questions.push(...parseEvalFile(await readFile(`${QUESTION_SETS_DIR}${f}`, "utf8"), f));
const fromKb = trainingExamples(kb, []);
const bands = [0.5, 0.7, 0.8, 0.9, 0.95, 0.99];
const stats = {
  intent: new Map<number, [number, number]>(),
  area: new Map<number, [number, number]>(),
};
for (let k = 0; k < FOLDS; k++) {
  const train = questions.filter((_, i) => i % FOLDS !== k);
  const test = questions.filter((_, i) => i % FOLDS === k);
  const model = QuestionClassifier.fromModel(
    trainClassifier([...trainingExamples(kb, train), ...fromKb], "cv", createNaiveBayes),
  );
  for (const ex of trainingExamples(kb, test).slice(0, test.length)) {
    const [intent] = model.intents(ex.words);
    tally(stats.intent, intent?.p ?? 0, intent?.label === ex.intent);
    if (ex.area) {
      const [area] = model.areas(ex.words);
      tally(stats.area, area?.p ?? 0, area?.label === ex.area);
    }
  }
}
for (const [name, table] of Object.entries(stats)) {
  console.log(`${name}: p at least → right / answered`);
  for (const b of bands) {
    const [right, all] = table.get(b) ?? [0, 0];
    console.log(
      `  ${b.toFixed(2)}  ${right}/${all}  ${((100 * right) / Math.max(1, all)).toFixed(1)}%`,
    );
  }
}

function tally(table: Map<number, [number, number]>, p: number, right: boolean) {
  for (const b of bands) {
    if (p < b) continue;
    const [r, a] = table.get(b) ?? [0, 0];
    table.set(b, [r + (right ? 1 : 0), a + 1]);
  }
}
