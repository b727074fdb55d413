import { describe, expect, it } from "vitest";
import { stripMarkup, wordsOf } from "../../../src/core/match/clean-text.js";

describe("reading a chat message", () => {
  it("drops Slack mentions, special mentions and emoji shortcodes", () => {
    expect(wordsOf("<@U024BE7LH> <!channel> who patches rds? :thinking_face:")).toEqual([
      "who",
      "patches",
      "rds",
    ]);
  });

  it("reads aws/ebs as an AWS managed key unless EBS is named too", () => {
    expect(wordsOf("who rotates aws/ebs?").join(" ")).toBe("who rotates aws managed kms key");
    expect(wordsOf("ebs volumes on aws/ebs, encrypted by default?").join(" ")).toBe(
      "ebs volumes on encrypted by default",
    );
  });

  it("drops the Teams <at> mention of the bot", () => {
    expect(wordsOf("<at>srm</at> who owns encryption on blob storage?")).toEqual([
      "who",
      "owns",
      "encryption",
      "on",
      "blob",
      "storage",
    ]);
  });

  it("keeps a Slack link's label and drops bare URLs", () => {
    expect(
      stripMarkup("see <https://aws.amazon.com/rds|the RDS page> and https://example.com/x"),
    ).toBe("see the RDS page and");
  });

  it("unwraps code spans and folds case, accents and punctuation", () => {
    expect(wordsOf("Is `SSE-KMS` on S3 our job?? Café")).toEqual([
      "is",
      "sse",
      "kms",
      "on",
      "s3",
      "our",
      "job",
      "cafe",
    ]);
  });

  it("keeps who's apart from possessives", () => {
    expect(wordsOf("who's patching Google's VMs")).toEqual(["whos", "patching", "google", "vms"]);
  });

  it("reads at most 4,000 characters", () => {
    expect(stripMarkup("a ".repeat(5000)).length).toBeLessThanOrEqual(4000);
  });
});
