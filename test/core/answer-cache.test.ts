// The core keeps answers to questions asked again: a repeated question gets the same answer
// without the matcher, but never an answer that ignores the conversation or the day.
import { describe, expect, it } from "vitest";
import { shippedSrm } from "../helpers/knowledge.js";

const DAY_MS = 86_400_000;

describe("the answer cache", () => {
  it("answers a question asked again with the very same answer", () => {
    const srm = shippedSrm(() => 0);
    const first = srm.ask("who owns patching on rds");
    expect(srm.ask("who owns patching on rds")).toBe(first);
    expect(srm.ask("who owns patching on rds", "slack:T:C:U1")).toBe(first);
  });

  it("reads a follow-up with its own conversation's context, not with another's", () => {
    const srm = shippedSrm(() => 0);
    srm.ask("who owns patching on rds", "rds-talk");
    srm.ask("who owns encryption on s3", "s3-talk");
    const onRds = srm.ask("and on aurora?", "rds-talk").understood.interpretation;
    const onS3 = srm.ask("and on aurora?", "s3-talk").understood.interpretation;
    expect(onRds).toMatchObject({ intent: "who-owns", area: "patching" });
    expect(onS3).toMatchObject({ intent: "who-owns", area: "encryption-at-rest" });
    // Without a conversation, the same words are not a follow-up of either.
    expect(srm.ask("and on aurora?").understood.interpretation).not.toMatchObject({
      area: "patching",
    });
  });

  it("lets the tip of the day change at midnight", () => {
    let now = 0;
    const srm = shippedSrm(() => now);
    const tips = new Set<string>();
    for (let day = 0; day < 5; day++) {
      now = day * DAY_MS + 1;
      const answer = srm.ask("tip").answer;
      if (answer.kind === "tip") tips.add(answer.tip.id);
      expect(srm.ask("tip").answer).toBe(answer);
    }
    expect(tips.size).toBeGreaterThan(1);
  });
});
