// The in-house reading of the shipped model must give exactly what wink itself computes: the
// same labels in the same order with the same odds, on every question the project has.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import createNaiveBayes from "wink-naive-bayes-text-classifier";
import type { ClassifierModel } from "../../../src/core/learn/classifier.js";
import { phraseFeatures, wordFeatures } from "../../../src/core/learn/features.js";
import { NaiveBayesOdds } from "../../../src/core/learn/naive-bayes-odds.js";
import { wordsOf } from "../../../src/core/match/clean-text.js";
import { DEFAULT_MODEL } from "../../../src/knowledge/classifier-file.js";
import { QUESTION_SETS_DIR } from "../../../src/knowledge/training-files.js";

const model = JSON.parse(readFileSync(DEFAULT_MODEL, "utf8")) as ClassifierModel;
const questions = readdirSync(QUESTION_SETS_DIR)
  .filter((f) => f.endsWith(".jsonl"))
  .flatMap((f) => readFileSync(`${QUESTION_SETS_DIR}${f}`, "utf8").split("\n").filter(Boolean))
  .map((line) => (JSON.parse(line) as { q: string }).q)
  .concat(["zebra quantum", "", "who patches rds rds rds"]);

function wink(json: string) {
  const nb = createNaiveBayes();
  nb.importJSON(json);
  nb.consolidate();
  return nb;
}

describe.each([
  ["intent", model.intent, phraseFeatures],
  ["area", model.area, wordFeatures],
] as const)("the %s model read in-house", (_name, json, features) => {
  const theirs = wink(json);
  const ours = NaiveBayesOdds.fromWinkJSON(json);

  it(`gives wink's odds on all ${questions.length} questions`, () => {
    let compared = 0;
    for (const q of questions) {
      const f = features(wordsOf(q));
      const expected = theirs.computeOdds(f);
      const got = ours.computeOdds(f);
      if (expected.length === 1 && expected[0]?.[1] === 0) {
        expect(got, q).toEqual([]);
        continue;
      }
      expect(
        got.map(([label]) => label),
        q,
      ).toEqual(expected.map(([label]) => label));
      for (const [i, [, odds]] of got.entries()) {
        expect(odds, q).toBeCloseTo(expected[i]?.[1] ?? Number.NaN, 9);
      }
      compared++;
    }
    expect(compared).toBeGreaterThan(questions.length / 2);
  });
});
