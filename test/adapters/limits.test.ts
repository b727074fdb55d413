// Limits that keep the bot serving, over real HTTP on loopback: it needs no Slack Web API call to
// answer, rate limits answer politely without dropping what asks nothing, memory stays bounded
// however many conversations write, and no hidden character is echoed.
import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config.js";
import { MemoryStore } from "../../src/store/memory-store.js";
import { bothPlatforms, healthy, slashCommand } from "../helpers/platforms.js";
import { commandReply, fixture, sendAction, startSlackHarness } from "../helpers/slack.js";
import { activity, post, startTeamsHarness } from "../helpers/teams.js";

const h = bothPlatforms();
const command = (text: string) => slashCommand(h.slack, text);

describe("Slack's Web API", () => {
  it("is asked who the bot is at most once per process, never on the request path", async () => {
    const fresh = await startSlackHarness();
    try {
      for (let i = 0; i < 5; i++) {
        const reply = await commandReply(fresh.url, { ...command("help"), trigger_id: `t${i}` });
        expect(JSON.stringify(reply)).toContain("/srm");
      }
      expect(fresh.fake.calls.filter((c) => c.method === "auth.test").length).toBeLessThan(2);
    } finally {
      await fresh.close();
    }
  });

  it("is not needed to answer a command: answered while it is unreachable", async () => {
    const down = await startSlackHarness({ SLACK_API_URL: "http://127.0.0.1:9/api/" });
    try {
      const started = Date.now();
      const reply = await commandReply(down.url, command("who-owns patching on rds"));
      expect(JSON.stringify(reply)).toContain("Patching on Amazon RDS");
      expect(Date.now() - started).toBeLessThan(3_000);
    } finally {
      await down.close();
    }
  });

  it("is never called when the bot's ids are given", async () => {
    const known = await startSlackHarness({ SLACK_BOT_ID: "B1", SLACK_BOT_USER_ID: "U1" });
    try {
      await commandReply(known.url, command("help"));
      expect(known.fake.calls).toHaveLength(0);
    } finally {
      await known.close();
    }
  });
});

describe("rate limits", () => {
  it("tell a person asking too fast on Slack when to try again, and keep serving others", async () => {
    const limited = await startSlackHarness({ SRM_RATE_LIMIT: "3" });
    try {
      const ask = (user: string, i: number) =>
        commandReply(limited.url, { ...command("help"), user_id: user, trigger_id: `${user}${i}` });
      for (let i = 0; i < 3; i++) expect(JSON.stringify(await ask("U1", i))).toContain("/srm");
      const refused = await ask("U1", 3);
      expect(refused).toMatchObject({ response_type: "ephemeral" });
      expect(String(refused.text)).toMatch(/try again in \d+ seconds?/);
      expect(JSON.stringify(await ask("U2", 0))).toContain("/srm");
    } finally {
      await limited.close();
    }
  });

  it("never drop a checklist tick: ticks ask nothing and come in bursts", async () => {
    const limited = await startSlackHarness({ SRM_RATE_LIMIT: "1" });
    try {
      const payload = fixture<{ actions: Record<string, unknown>[] }>("block-actions.json");
      for (let i = 0; i < 5; i++) {
        const tick = {
          ...payload,
          response_url: `${limited.fake.url}/response/tick`,
          actions: [
            {
              type: "checkboxes",
              action_id: "srm_check_0_0",
              block_id: "srm_list:0:checklist aws-ec2",
              selected_options: [{ value: String(i) }],
              action_ts: `1548426417.84018${i}`,
            },
          ],
        };
        expect((await sendAction(limited.url, tick)).status).toBe(200);
      }
      // Every tick updates the message: five updates, none dropped.
      const updates = () => limited.fake.calls.filter((c) => c.method === "chat.update").length;
      for (let waited = 0; updates() < 5 && waited < 3_000; waited += 50) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(updates()).toBe(5);
    } finally {
      await limited.close();
    }
  });

  it("tell a person asking too fast on Teams when to try again", async () => {
    const limited = await startTeamsHarness({ SRM_RATE_LIMIT: "2" });
    try {
      const texts: string[] = [];
      for (let i = 0; i < 3; i++) {
        const res = await post(limited.url, {
          ...activity("personal-message.json"),
          deliveryMode: "expectReplies",
        });
        texts.push(JSON.stringify(await res.json()));
      }
      expect(texts[0]).toContain("AdaptiveCard");
      expect(texts[2]).toMatch(/try again in \d+ seconds?/);
    } finally {
      await limited.close();
    }
  });

  it("are turned off by SRM_RATE_LIMIT=off and refuse a rate that is not a number", () => {
    expect(parseConfig({ SRM_RATE_LIMIT: "off" }).rateLimit).toBe("off");
    expect(parseConfig({}).rateLimit).toBe(20);
    expect(() => parseConfig({ SRM_RATE_LIMIT: "fast" })).toThrow(/SRM_RATE_LIMIT/);
  });
});

describe("bounded memory and echoed text", () => {
  it("keeps no oversized conversation reference, however many conversations write", async () => {
    const before = h.teams.store.sizes().references;
    for (let i = 0; i < 20; i++) {
      const conversation = { id: `big-${i}`, name: "x".repeat(200 * 1024) };
      const res = await post(
        h.teams.url,
        activity("personal-message.json", { conversation, deliveryMode: "expectReplies" }),
      );
      expect(res.status).toBe(200);
    }
    expect(h.teams.store.sizes().references).toBe(before);
    expect(await healthy(h.teams.url)).toBe(true);
  });

  it("bounds every collection of the in-memory store", async () => {
    const store = new MemoryStore(100);
    for (let i = 0; i < 1_000; i++) {
      await store.setListening(`C${i}`, true);
      await store.rememberThread(`C${i}:${i}`);
      await store.saveConversation("teams", `conv-${i}`, { id: i });
      await store.claimOnce(`sig-${i}`, 60_000);
    }
    await store.rememberThread("t".repeat(10_000));
    expect(store.sizes()).toEqual({ listening: 100, threads: 100, references: 100, claimed: 100 });
  });

  it("quotes no control or bidirectional-override character back", async () => {
    const text = "\u202ewho owns patching\u0000 on rds\u200b\u2066?";
    const reply = JSON.stringify(await commandReply(h.slack.url, command(text)));
    expect(reply).toContain("Patching on Amazon RDS");
    // The question is echoed (in the share and feedback buttons), cleaned.
    expect(reply).toContain('"value":"who owns patching on rds ?"');
    for (const hidden of ["\u202e", "\u0000", "\u200b", "\u2066"]) {
      expect(reply).not.toContain(hidden);
      expect(reply).not.toContain(JSON.stringify(hidden).slice(1, -1));
    }
  });
});
