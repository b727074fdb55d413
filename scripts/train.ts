// `npm run train`: trains the learned layer on the project's question sets and the knowledge
// base, and writes models/classifier.json with the hash of what it learned from.
import { mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import createNaiveBayes from "wink-naive-bayes-text-classifier";
import { trainClassifier } from "../src/core/learn/classifier.js";
import { DEFAULT_MODEL } from "../src/knowledge/classifier-file.js";
import { loadKnowledgeDir } from "../src/knowledge/files.js";
import { hashExamples, readTrainingExamples } from "../src/knowledge/training-files.js";

const kb = await loadKnowledgeDir();
const examples = await readTrainingExamples(kb);
const model = trainClassifier(examples, hashExamples(examples), createNaiveBayes);
await mkdir(dirname(DEFAULT_MODEL), { recursive: true });
await writeFile(DEFAULT_MODEL, `${JSON.stringify(model)}\n`);
console.log(`trained on ${examples.length} examples: ${DEFAULT_MODEL}`);
