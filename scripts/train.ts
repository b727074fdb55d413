// `npm run train`: trains the learned layer on the project's question sets and the knowledge
// base, and writes models/classifier.json with the hash of what it learned from.
import { mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { trainClassifier } from "../src/core/learn/classifier.js";
import {
  DEFAULT_MODEL,
  hashExamples,
  readTrainingExamples,
} from "../src/knowledge/classifier-file.js";
import { loadKnowledgeDir } from "../src/knowledge/files.js";

const kb = await loadKnowledgeDir();
const examples = await readTrainingExamples(kb);
const model = trainClassifier(examples, hashExamples(examples));
await mkdir(dirname(DEFAULT_MODEL), { recursive: true });
await writeFile(DEFAULT_MODEL, `${JSON.stringify(model)}\n`);
console.log(`trained on ${examples.length} examples: ${DEFAULT_MODEL}`);
