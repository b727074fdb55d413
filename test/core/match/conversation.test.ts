// What a message asks, read with the conversation before it: a follow-up only when it reads as
// one, saying what it carried over; every service a question lists is answered.
import { describe, expect, it } from "vitest";
import { toContractJson } from "../../../src/core/answers/contract-json.js";
import { shippedSrm } from "../../helpers/knowledge.js";

describe("several services and follow-ups", () => {
  it("answers every service a question lists, not only the first", () => {
    const srm = shippedSrm(() => 0);
    const json = toContractJson(srm.ask("who patches rds and ec2").answer);
    expect(json).toMatchObject({ service: "aws-rds", area: "patching", owner: "shared" });
    expect(json.also).toEqual([{ service: "aws-ec2", area: "patching", owner: "customer" }]);
    const list = toContractJson(srm.ask("encryption at rest on s3, efs or ebs").answer);
    expect((list.also as { service: string }[]).map((a) => a.service)).toEqual([
      "aws-efs",
      "aws-ebs",
    ]);
  });

  it("does not list a variant named with its service as a second service", () => {
    const json = toContractJson(
      shippedSrm(() => 0).ask("who patches the os on eks on fargate").answer,
    );
    expect(json.also).toEqual([]);
  });

  it("carries the last question's area or service only into what reads as a follow-up, and says so", () => {
    const srm = shippedSrm(() => 0);
    srm.ask("who owns patching on rds", "c1");
    const aurora = toContractJson(srm.ask("and on aurora?", "c1").answer);
    expect(aurora).toMatchObject({
      intent: "who-owns",
      service: "aws-aurora",
      area: "patching",
      carried_over: "area",
    });
    const backups = toContractJson(srm.ask("what about backups?", "c1").answer);
    expect(backups).toMatchObject({
      service: "aws-aurora",
      area: "backup-recovery",
      carried_over: "subject",
    });
    // A full question that only lacks a service is asked which service, never given Aurora's.
    const logins = toContractJson(srm.ask("who manages the logins", "c1").answer);
    expect(logins.service).toBeNull();
  });
});
