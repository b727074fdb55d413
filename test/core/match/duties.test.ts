// One part of an area: a question about one duty gets that duty's owner and names it; a
// question about the area as a whole gets the area's owner; a feature the question takes as on
// asks what happens then, not who turns it on.
import { describe, expect, it } from "vitest";
import { toContractJson } from "../../../src/core/answers/contract-json.js";
import { wordsOf } from "../../../src/core/match/clean-text.js";
import { conditionIn } from "../../../src/core/match/conditions.js";
import { cuesOf } from "../../../src/core/match/cues.js";
import { askedVerb as verbOf } from "../../../src/core/match/duty-verb.js";
import { stem } from "../../../src/core/match/stem.js";
import { shippedKnowledge, shippedSrm } from "../../helpers/knowledge.js";

const ask = (q: string) => toContractJson(shippedSrm().ask(q).answer);

describe("duties", () => {
  it("answers a question about one duty with that duty's owner, naming the duty", () => {
    const cert = ask("Who renews the TLS certificate on the default *.cloudfront.net domain?");
    expect(cert).toMatchObject({ service: "aws-cloudfront", owner: "provider" });
    expect(String(cert.duty)).toMatch(/default certificate/);
    expect(ask("who rotates the AWS managed keys for our EBS volumes?")).toMatchObject({
      service: "aws-ebs",
      area: "encryption-at-rest",
      owner: "provider",
      duty_id: "aws-managed-key-rotation",
    });
  });

  it("keeps the other side's duty in the same area with the other side", () => {
    expect(ask("who renews the certificate for our custom domain on cloudfront")).toMatchObject({
      owner: "customer",
    });
  });

  it("answers a question about the whole area with the area's owner and no duty", () => {
    expect(ask("who owns patching on rds")).toMatchObject({
      area: "patching",
      owner: "shared",
      duty: null,
    });
    expect(ask("who patches the postgres engine and os under our rds instance")).toMatchObject({
      owner: "shared",
      duty: null,
    });
  });

  it("reads a feature the question takes as on as asking what happens then", () => {
    for (const q of [
      "once multi-az is on, who does the failover on rds",
      "does the provider fail over for us once HA is on? we're on rds",
      "we have multi-az switched on for our rds postgres, who performs the failover when the primary fails",
      "our multi-az db instance on rds just lost its primary: who performs the failover?",
      "switched on multi-az for the prod rds db last week. who performs the failover now?",
    ]) {
      expect(ask(q), q).toMatchObject({ area: "availability", owner: "provider" });
    }
  });

  it("answers who has to turn a feature on with the customer's switch, not what happens once it is on", () => {
    expect(ask("Postgres flexible server: who has to turn on zone-redundant HA?")).toMatchObject({
      service: "azure-database-for-postgresql",
      area: "availability",
      owner: "customer",
    });
    expect(
      ask("if we enable automatic base image updates on cloud run, does google patch the os?"),
    ).toMatchObject({ service: "gcp-cloud-run", owner: "provider" });
  });

  it("reads 'configured for HA' and a feature 'on.' before the next sentence as taken as given", () => {
    const taken = (q: string) => conditionIn(wordsOf(q), cuesOf(shippedKnowledge())) !== undefined;
    expect(taken("cloud sql instance configured for high availability: who fails over?")).toBe(
      true,
    );
    expect(taken("beanstalk env, managed platform updates on. that was aws patching?")).toBe(true);
    expect(taken("who configures high availability for our cloud sql instance?")).toBe(false);
  });

  it("answers a deed done once a split setting is on with that deed's owner, the setting itself as split", () => {
    // Auto minor version upgrades are split (you turn them on, RDS applies them): once on, who
    // installs the new version is RDS; what the setting makes of patching stays the split.
    expect(
      ask("we turned on auto minor version upgrade on rds. who installs the new minor version?"),
    ).toMatchObject({ area: "patching", owner: "provider" });
    expect(
      ask("azure vms with automatic vm guest patching enabled - who owns patching at that point"),
    ).toMatchObject({ area: "patching", owner: "shared" });
  });

  it("reads a feature ticked or selected in the console as switched on", () => {
    const taken = (q: string) => conditionIn(wordsOf(q), cuesOf(shippedKnowledge())) !== undefined;
    expect(taken("we ticked multi-az on our mysql database, who copies data to the standby?")).toBe(
      true,
    );
    expect(taken("we selected zone redundant ha, who fails over?")).toBe(true);
    expect(
      ask("we selected multi-az for our rds database, who fails over to the standby?"),
    ).toMatchObject({ area: "availability", owner: "provider" });
  });

  it("reads a replica the question says is there as a setup taken as given", () => {
    expect(
      ask("on aurora we have two replicas; when the writer fails who promotes one?"),
    ).toMatchObject({ area: "availability", owner: "provider" });
  });

  it("answers who picks, sets or decides a setting with the customer's duty that chooses it", () => {
    for (const q of [
      "how long rds automated backups are kept: whose decision is that?",
      "who picks the backup retention period for rds",
      "on azure sql database who decides how many days point in time restore backups are kept",
      "who sets the password policy on cognito",
    ]) {
      expect(ask(q), q).toMatchObject({ intent: "who-owns", owner: "customer" });
      expect(ask(q).duty, q).not.toBeNull();
    }
    // Never the provider for a choice it only offers a default for.
    expect(
      ask("who decides how long soft-deleted objects are kept in our gcs buckets"),
    ).toMatchObject({ area: "backup-recovery", owner: "customer" });
    // What the provider does by itself is not a choice: it stays the provider's or the area's.
    expect(ask("who takes the automated backups on rds").owner).not.toBe("customer");
  });

  it("answers who switches a setting on, or defines it, with the customer's duty that sets it", () => {
    // The keyword names what the provider does once it is on (GCS keeps noncurrent versions;
    // RDS keeps backups for the period), or the area is shared as a whole: the question asks
    // who makes the setting, which is the customer's part.
    for (const q of [
      "who switches on object versioning for our cloud storage buckets?",
      "who defines how many days aurora keeps automated backups?",
      "who enables object versioning on gcs buckets",
    ]) {
      expect(ask(q), q).toMatchObject({ intent: "who-owns", owner: "customer" });
    }
  });

  it("matches a duty's words in any inflection, adverbs included", () => {
    for (const [a, b] of [
      ["continuously", "continuous"],
      ["incrementally", "incremental"],
      ["keeping", "keep"],
      ["snapshots", "snapshot"],
      ["patched", "patch"],
    ]) {
      expect(stem(a ?? ""), `${a} ~ ${b}`).toBe(stem(b ?? ""));
    }
    // Asked in the adjective, the duty said in the adverb: Aurora backs the volume up itself.
    expect(
      ask("aurora: the continuous, incremental backups of the cluster volume, who does those?"),
    ).toMatchObject({ area: "backup-recovery", owner: "provider" });
  });

  it("finds the duty by the deed a who-question names, on either side", () => {
    expect(ask("Azure SQL Managed Instance: who takes the automated backups?")).toMatchObject({
      area: "backup-recovery",
      owner: "provider",
    });
    expect(ask("who copies our rds automated backups to another region")).toMatchObject({
      area: "backup-recovery",
      owner: "customer",
    });
    expect(
      ask("who rotates the tenant secret for salesforce shield platform encryption"),
    ).toMatchObject({ area: "encryption-at-rest", owner: "customer" });
  });

  it("reads the deed asked about after 'who' and its helpers, never an asking verb", () => {
    const asking = shippedKnowledge().matching.askingVerbs;
    const askedVerb = (words: string[]) => verbOf(words, asking);
    expect(askedVerb("who actually takes the nightly snapshot".split(" "))).toBe(stem("take"));
    expect(askedVerb("who has to rotate the keys".split(" "))).toBe(stem("rotate"));
    expect(askedVerb("who is creating them".split(" "))).toBe(stem("create"));
    expect(askedVerb("who handles backups on rds".split(" "))).toBeUndefined();
    expect(askedVerb("who owns patching".split(" "))).toBeUndefined();
    expect(askedVerb("who takes care of the backups".split(" "))).toBeUndefined();
    expect(askedVerb("is patching ours".split(" "))).toBeUndefined();
  });

  it("does not answer a duty done once a feature is on when the question does not take it as on", () => {
    const plain = ask(
      "If one of Amazon's availability zones goes down, whose responsibility is it that our RDS database fails over to another zone?",
    );
    expect(plain.owner).not.toBe("provider");
  });
});
