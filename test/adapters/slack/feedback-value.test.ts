// The 👍 / 👎 value read back as feedback, by the Slack listener and the playground alike: what
// the renderer wrote comes back whole; anything a client tampered with is read as empty.
import { describe, expect, it } from "vitest";
import { feedbackOfValue } from "../../../src/adapters/slack/feedback-value.js";

const at = new Date("2030-01-15T09:00:00Z");

describe("a feedback button's value", () => {
  it("reads what the renderer wrote", () => {
    const value = JSON.stringify({ v: "down", k: "ownership", q: "who owns patching on rds" });
    expect(feedbackOfValue(value, "U1", at)).toEqual({
      platform: "slack",
      verdict: "down",
      answerKind: "ownership",
      question: "who owns patching on rds",
      user: "U1",
      at,
    });
  });

  it("reads a tampered value as empty, never failing", () => {
    for (const value of ["null", "[1]", "not json", '"text"', undefined]) {
      expect(feedbackOfValue(value, "U1", at)).toMatchObject({
        verdict: "up",
        answerKind: "",
        question: "",
      });
    }
  });

  it("cleans and bounds the question", () => {
    const value = JSON.stringify({ v: "up", q: `<@U2> ${"x".repeat(900)}\u202e` });
    const { question } = feedbackOfValue(value, "U1", at);
    expect(question.length).toBeLessThanOrEqual(500);
    expect(question).not.toContain("\u202e");
  });
});
