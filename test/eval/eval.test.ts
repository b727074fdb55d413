// The bot's accuracy is part of the test suite: our own question sets and the shared dev set
// must each score at least 95%, with no wrong owner at all.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { toContractJson } from "../../src/core/answers/contract-json.js";
import { parseEvalFile, scoreCase, summarize } from "../../src/eval/score.js";
import { shippedSrm } from "../helpers/knowledge.js";

const here = new URL("./", import.meta.url);
const ownSets = readdirSync(here).filter((f) => f.endsWith(".jsonl"));
const shared = new URL("../../../shared/eval/dev.jsonl", import.meta.url);

function score(file: URL) {
  const cases = parseEvalFile(readFileSync(file, "utf8"), file.pathname);
  // A fresh question each time: no conversation key, so no follow-up context leaks between cases.
  return summarize(cases.map((c) => scoreCase(c, toContractJson(shippedSrm().ask(c.q).answer))));
}

function describeFailures(s: ReturnType<typeof summarize>): string {
  return s.failures.map((f) => `${f.case.id}: ${f.case.q} (${f.mismatches.join("; ")})`).join("\n");
}

describe("accuracy", () => {
  it("our own question sets hold at least 150 questions", () => {
    const total = ownSets.reduce(
      (n, f) => n + parseEvalFile(readFileSync(new URL(f, here), "utf8"), f).length,
      0,
    );
    expect(total).toBeGreaterThanOrEqual(150);
  });

  it("our own question sets score at least 95% together, with no wrong owner", () => {
    const all = ownSets.map((f) => score(new URL(f, here)));
    const total = all.reduce((n, s) => n + s.total, 0);
    const passed = all.reduce((n, s) => n + s.passed, 0);
    const report = all.map(describeFailures).filter(Boolean).join("\n");
    expect(
      all.reduce((n, s) => n + s.wrongOwners, 0),
      report,
    ).toBe(0);
    expect(passed / total, report).toBeGreaterThanOrEqual(0.95);
  });

  it.runIf(existsSync(shared))(
    "the shared dev set scores at least 95%, with no wrong owner",
    () => {
      const s = score(shared);
      expect(s.wrongOwners, describeFailures(s)).toBe(0);
      expect(s.passed / s.total, describeFailures(s)).toBeGreaterThanOrEqual(0.95);
    },
  );
});
