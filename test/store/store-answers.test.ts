// What the answer path keeps, the same on every store: listen mode, bot threads, Teams
// conversation references, replay dedup, checklist ticks, gaps, saved stacks and installations.
import { expect, it } from "vitest";
import type { SqlStore } from "../../src/store/sql/index.js";
import type { Feedback } from "../../src/store/store.js";
import { ALL_KINDS, describeStores, SQL_KINDS } from "./stores.js";

describeStores("the answer store", ALL_KINDS, (h) => {
  it("listens in a channel once asked to, and stops when asked", async () => {
    expect(await h.store.isListening("C1")).toBe(false);
    await h.store.setListening("C1", true);
    await h.store.setListening("C1", true);
    expect(await h.store.isListening("C1")).toBe(true);
    expect(await h.store.isListening("C2")).toBe(false);
    await h.store.setListening("C1", false);
    expect(await h.store.isListening("C1")).toBe(false);
  });

  it("remembers the threads it answered in and ignores keys no channel has", async () => {
    await h.store.rememberThread("C1:1700000000.0001");
    await h.store.rememberThread("x".repeat(600));
    expect(await h.store.isBotThread("C1:1700000000.0001")).toBe(true);
    expect(await h.store.isBotThread("C1:1700000000.0002")).toBe(false);
    expect(await h.store.isBotThread("x".repeat(600))).toBe(false);
  });

  it("keeps the latest reference of each Teams conversation", async () => {
    await h.store.saveConversation("teams", "a:1", { serviceUrl: "https://one" });
    await h.store.saveConversation("teams", "a:2", { serviceUrl: "https://two" });
    await h.store.saveConversation("teams", "a:1", { serviceUrl: "https://three" });
    const saved = await h.store.conversations("teams");
    expect(saved.sort((a, b) => a.id.localeCompare(b.id))).toEqual([
      { id: "a:1", reference: { serviceUrl: "https://three" } },
      { id: "a:2", reference: { serviceUrl: "https://two" } },
    ]);
    expect(await h.store.conversation("teams", "a:1")).toEqual({ serviceUrl: "https://three" });
    expect(await h.store.conversation("teams", "a:9")).toBeUndefined();
  });

  it("claims a key once inside its window and again after it", async () => {
    expect(await h.store.claimOnce("sig:abc", 60_000)).toBe(true);
    expect(await h.store.claimOnce("sig:abc", 60_000)).toBe(false);
    expect(await h.store.claimOnce("sig:other", 60_000)).toBe(true);
    h.time += 60_001;
    expect(await h.store.claimOnce("sig:abc", 60_000)).toBe(true);
    expect(await h.store.claimOnce("sig:abc", 60_000)).toBe(false);
  });

  it("grants each concurrent claim of one key to exactly one caller", async () => {
    const claims = await Promise.all(
      Array.from({ length: 10 }, () => h.store.claimOnce("sig:race", 60_000)),
    );
    expect(claims.filter(Boolean)).toHaveLength(1);
  });

  it("ticks and unticks checklist items per message", async () => {
    expect(await h.store.ticks("C1:1.1")).toEqual([]);
    await h.store.setTick("C1:1.1", "mfa", true);
    expect(await h.store.setTick("C1:1.1", "backups", true)).toEqual(["backups", "mfa"]);
    await h.store.setTick("C1:1.1", "mfa", true);
    expect(await h.store.setTick("C1:1.1", "backups", false)).toEqual(["mfa"]);
    expect(await h.store.ticks("C1:1.1")).toEqual(["mfa"]);
    expect(await h.store.ticks("C1:2.2")).toEqual([]);
  });

  it("counts unanswered questions without who asked and lists the most asked first", async () => {
    const at = (minute: number) => new Date(Date.UTC(2025, 0, 6, 12, minute));
    await h.store.recordUnanswered("<@U0123ABCDE> who patches   Kafka?", at(1));
    await h.store.recordUnanswered("Who patches kafka?", at(3));
    await h.store.recordUnanswered("<@U0123ABCDE|alice> WHO patches kafka?", at(2));
    await h.store.recordUnanswered("who rotates the HSM keys", at(4));
    await h.store.recordUnanswered("who rotates the HSM keys", at(5));
    await h.store.recordUnanswered("who owns the WAF", at(6));
    await h.store.recordUnanswered("who owns the WAF", at(8));
    await h.store.recordUnanswered("who backs up this, ask U0999ZZZZZ", at(9));
    await h.store.recordUnanswered("<@U0123ABCDE>", at(10));
    const gaps = await h.store.gaps(3);
    // Most asked first; of two asked as often, the one asked last first.
    expect(gaps.map((g) => [g.question.toLowerCase(), g.count])).toEqual([
      ["who patches kafka?", 3],
      ["who owns the waf", 2],
      ["who rotates the hsm keys", 2],
    ]);
    expect(gaps[0]?.lastAsked).toEqual(at(3));
    const all = await h.store.gaps(10);
    expect(all.map((g) => g.question)).toContain("who backs up this, ask");
    expect(all).toHaveLength(4);
    expect(all.every((g) => !/U0123ABCDE|U0999ZZZZZ|<@|alice/.test(g.question))).toBe(true);
  });

  it("cuts an unanswered question to 300 characters", async () => {
    await h.store.recordUnanswered(`who owns ${"x".repeat(400)}`, new Date());
    const [gap] = await h.store.gaps(1);
    expect(gap?.question).toHaveLength(300);
  });

  it("saves a channel's stack per platform, unique and in order", async () => {
    expect(await h.store.savedStack("slack", "C1")).toEqual([]);
    await h.store.saveStack("slack", "C1", ["rds", "s3", "rds", "lambda"]);
    await h.store.saveStack("teams", "C1", ["cosmos-db"]);
    expect(await h.store.savedStack("slack", "C1")).toEqual(["rds", "s3", "lambda"]);
    await h.store.saveStack("slack", "C1", ["eks"]);
    expect(await h.store.savedStack("slack", "C1")).toEqual(["eks"]);
    expect(await h.store.savedStack("teams", "C1")).toEqual(["cosmos-db"]);
  });

  it("keeps Slack installations as opaque bytes, by team or by enterprise", async () => {
    const bytes = new Uint8Array([0, 1, 2, 254, 255]);
    await h.store.saveInstallation({ teamId: "T1", isEnterpriseInstall: false, ciphertext: bytes });
    await h.store.saveInstallation({
      enterpriseId: "E1",
      isEnterpriseInstall: true,
      ciphertext: new Uint8Array([9]),
    });
    const team = await h.store.fetchInstallation({ teamId: "T1", isEnterpriseInstall: false });
    expect(team).toEqual({
      enterpriseId: undefined,
      teamId: "T1",
      isEnterpriseInstall: false,
      ciphertext: bytes,
    });
    const org = await h.store.fetchInstallation({
      enterpriseId: "E1",
      teamId: "T7",
      isEnterpriseInstall: true,
    });
    expect(org?.ciphertext).toEqual(new Uint8Array([9]));
    expect(await h.store.fetchInstallation({ teamId: "T2", isEnterpriseInstall: false })).toBe(
      undefined,
    );
    await h.store.deleteInstallation({ teamId: "T1", isEnterpriseInstall: false });
    expect(await h.store.fetchInstallation({ teamId: "T1", isEnterpriseInstall: false })).toBe(
      undefined,
    );
  });

  it("answers a readiness ping", async () => {
    expect(await h.store.ping()).toBe(true);
  });

  it("records feedback", async () => {
    const at = new Date("2025-01-06T12:00:00Z");
    const fb: Feedback = {
      platform: "slack",
      verdict: "up",
      answerKind: "duty",
      question: "q",
      user: "U1",
      at,
    };
    await h.store.recordFeedback(fb);
    if (h.kind === "memory") {
      expect((h.store as unknown as { feedback: unknown[] }).feedback).toEqual([fb]);
    } else {
      const rows = await (h.store as SqlStore).db.query(
        "SELECT verdict, user_id, at FROM feedback",
      );
      expect(rows).toEqual([{ verdict: "up", user_id: "U1", at }]);
    }
  });
});

describeStores("expiry in the SQL store", SQL_KINDS, (h) => {
  it("forgets bot threads after their time and deletes expired rows on a later write", async () => {
    await h.store.rememberThread("C1:1.1");
    await h.store.claimOnce("sig:old", 60_000);
    h.time += 31 * 24 * 60 * 60_000;
    expect(await h.store.isBotThread("C1:1.1")).toBe(false);
    await h.store.claimOnce("sig:new", 60_000);
    const db = (h.store as SqlStore).db;
    expect(await db.query("SELECT thread_key FROM bot_threads")).toEqual([]);
    expect(await db.query("SELECT dedup_key FROM dedup_keys")).toEqual([{ dedup_key: "sig:new" }]);
  });
});
