// The unanswered questions are kept within a bound: past it, the least asked and oldest go
// first, so a flood of one-off questions cannot grow the table without limit.
import { expect, it } from "vitest";
import { SqlStore } from "../../src/store/sql/index.js";
import { describeStores, SQL_KINDS } from "./stores.js";

describeStores("the unanswered questions' bound", SQL_KINDS, (h) => {
  it("keeps the most asked when there are more than the bound", async () => {
    const bounded = new SqlStore((h.store as SqlStore).db, { maxUnanswered: 3, purgeEveryMs: 0 });
    const at = (day: number) => new Date(Date.UTC(2030, 0, day));
    for (const [question, times] of [
      ["who owns the coffee machine", 3],
      ["who owns the office plants", 2],
      ["who waters the plants", 1],
      ["who owns the printer", 1],
      ["who owns friday", 1],
    ] as const) {
      for (let i = 0; i < times; i++) await bounded.recordUnanswered(question, at(question.length));
    }
    const kept = (await bounded.gaps(10)).map((g) => g.question);
    expect(kept).toHaveLength(3);
    expect(kept.slice(0, 2)).toEqual(["who owns the coffee machine", "who owns the office plants"]);
    // Of the questions asked once, the most recent is kept.
    expect(kept[2]).toBe("who waters the plants");
  }, 60_000);
});
