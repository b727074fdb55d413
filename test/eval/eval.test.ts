// The bot's accuracy is part of the test suite, one row per question. Every question of our own
// sets passes unless it is on the ratchet's list of known failures (test/eval/known-failures.txt),
// so a question that passed and now fails breaks the build; no question gets a wrong owner
// unless the list records it (the newest blind rounds' first failures); and every question of
// the shared dev set passes.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { toContractJson } from "../../src/core/answers/contract-json.js";
import { parseKnownFailures } from "../../src/eval/known-failures.js";
import { type EvalCase, parseEvalFile, scoreCase } from "../../src/eval/score.js";
import { shippedSrm } from "../helpers/knowledge.js";

const here = new URL("./", import.meta.url);
const ownSets = readdirSync(here)
  .filter((f) => f.endsWith(".jsonl"))
  .map((f) => ({ file: f, cases: parseEvalFile(readFileSync(new URL(f, here), "utf8"), f) }));
const known = parseKnownFailures(readFileSync(new URL("known-failures.txt", here), "utf8"));
const shared = new URL("../../../shared/eval/dev.jsonl", import.meta.url);

// A fresh question each time: no conversation key, so no follow-up context leaks between cases.
const answer = (c: EvalCase) => scoreCase(c, toContractJson(shippedSrm().ask(c.q).answer));
const row = (c: EvalCase) => [`${c.id}: ${c.q.slice(0, 80)}`, c] as const;

describe("accuracy", () => {
  it("our own question sets hold at least 150 questions, with unique ids", () => {
    const ids = ownSets.flatMap((s) => s.cases.map((c) => c.id));
    expect(ids.length).toBeGreaterThanOrEqual(150);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("lists only known failures that are questions of our sets and still fail", () => {
    const byId = new Map(ownSets.flatMap((s) => s.cases.map((c) => [c.id, c] as const)));
    const stale = [...known.keys()].filter((id) => !byId.has(id));
    const fixed = [...known.keys()].filter((id) => {
      const c = byId.get(id);
      return c !== undefined && answer(c).pass;
    });
    expect(stale, "ids on the list that are in no set").toEqual([]);
    expect(fixed, "these pass now: run `npm run eval:ratchet` to take them off the list").toEqual(
      [],
    );
    // Hundreds of questions and the first load of the bot: slow on a busy shared machine.
  }, 60_000);

  for (const set of ownSets) {
    describe(set.file, () => {
      it.each(set.cases.map(row))("%s", (_name, c) => {
        const result = answer(c);
        const listed = known.get(c.id);
        if (!listed?.wrongOwner) {
          expect(result.wrongOwner, `wrong owner: ${result.mismatches.join("; ")}`).toBe(false);
        }
        if (!listed) expect(result.mismatches).toEqual([]);
      });
    });
  }

  describe.runIf(existsSync(shared))("the shared dev set", () => {
    const cases = existsSync(shared)
      ? parseEvalFile(readFileSync(shared, "utf8"), "dev.jsonl")
      : [];
    it.each(cases.map(row))("%s", (_name, c) => {
      expect(answer(c).mismatches).toEqual([]);
    });
  });
});
