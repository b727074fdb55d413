// The learned layer: a shipped model that is never stale, that reads what is asked in words the
// rules do not know, and that never decides an owner.

import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import createNaiveBayes from "wink-naive-bayes-text-classifier";
import { QuestionClassifier, trainClassifier } from "../../../src/core/learn/classifier.js";
import { wordsOf } from "../../../src/core/match/clean-text.js";
import { DEFAULT_MODEL } from "../../../src/knowledge/classifier-file.js";
import { hashExamples, readTrainingExamples } from "../../../src/knowledge/training-files.js";
import { shippedKnowledge } from "../../helpers/knowledge.js";

describe("the learned layer", () => {
  it("ships a model trained on today's question sets and knowledge base (npm run train)", async () => {
    const model = JSON.parse(await readFile(DEFAULT_MODEL, "utf8")) as { trainedOn: string };
    const examples = await readTrainingExamples(shippedKnowledge());
    expect(model.trainedOn, "the model is stale: run `npm run train`").toBe(hashExamples(examples));
  });

  it("trains reproducibly: the same examples give the same model", async () => {
    const examples = (await readTrainingExamples(shippedKnowledge())).slice(0, 400);
    const train = () => trainClassifier(examples, "x", createNaiveBayes);
    expect(train()).toEqual(train());
  });

  it("ranks intents and areas with probabilities, and knows when it has seen nothing", () => {
    const examples = [
      { words: wordsOf("who patches the os"), intent: "who-owns", area: "patching" },
      { words: wordsOf("who applies security updates"), intent: "who-owns", area: "patching" },
      { words: wordsOf("who encrypts the disks"), intent: "who-owns", area: "encryption-at-rest" },
      {
        words: wordsOf("who rotates the storage encryption keys"),
        intent: "who-owns",
        area: "encryption-at-rest",
      },
      {
        words: wordsOf("who backs up database snapshots"),
        intent: "who-owns",
        area: "backup-recovery",
      },
      { words: wordsOf("checklist for lambda functions"), intent: "checklist" },
      { words: wordsOf("list our duties on rds databases"), intent: "checklist" },
    ];
    const c = QuestionClassifier.fromModel(trainClassifier(examples, "x", createNaiveBayes));
    const [intent] = c.intents(wordsOf("checklist for our duties"));
    expect(intent?.label).toBe("checklist");
    expect(intent?.p).toBeGreaterThan(0.5);
    expect(c.areas(wordsOf("who applies the patches"))[0]?.label).toBe("patching");
    expect(c.intents(wordsOf("zebra quantum"))).toEqual([]);
  });
});
