// Slack's rules at the door: only signed, fresh requests are served; user text cannot ping.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  BOT_USER,
  commandReply,
  fixture,
  type SlackHarness,
  sendCommand,
  sendEvent,
  startSlackHarness,
} from "../../helpers/slack.js";

let h: SlackHarness;
beforeAll(async () => {
  h = await startSlackHarness();
});
afterAll(async () => h.close());
beforeEach(() => h.fake.reset());

const command = (text: string) => ({
  ...fixture<Record<string, string>>("slash-command.json"),
  text,
  response_url: `${h.fake.url}/response/x`,
});

describe("request verification", () => {
  it("rejects a bad signature with 401 and answers nothing", async () => {
    const res = await sendCommand(h.url, command("who-owns patching on rds"), {
      secret: "not-the-secret",
    });
    expect(res.status).toBe(401);
    expect(h.fake.calls).toHaveLength(0);
  });

  it("rejects a request signed more than five minutes ago", async () => {
    const stale = Math.floor(Date.now() / 1000) - 6 * 60;
    const res = await sendCommand(h.url, command("who-owns patching on rds"), { timestamp: stale });
    expect(res.status).toBe(401);
  });

  it("rejects a request with no signature", async () => {
    const res = await fetch(`${h.url}/slack/events`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{}",
    });
    expect(res.status).toBe(401);
  });

  it("keeps serving after bad requests", async () => {
    await fetch(`${h.url}/slack/events`, { method: "POST", body: "not json at all" });
    expect(JSON.stringify(await commandReply(h.url, command("help")))).toContain("/srm");
  });

  it("answers unknown paths with 404 and serves /healthz", async () => {
    expect((await fetch(`${h.url}/nope`)).status).toBe(404);
    expect((await fetch(`${h.url}/slack/events`)).status).toBe(405);
    expect(await (await fetch(`${h.url}/healthz`)).json()).toEqual({ ok: true });
  });

  it("acknowledges a command well inside Slack's 3 seconds", async () => {
    const started = Date.now();
    const reply = await commandReply(h.url, command("explain eks"));
    expect(Date.now() - started).toBeLessThan(3000);
    expect(JSON.stringify(reply)).toContain("Amazon EKS");
  });
});

describe("user text", () => {
  it("cannot ping anyone or inject links when echoed", async () => {
    const event = fixture<{ event: Record<string, unknown> }>("app-mention.json");
    await sendEvent(h.url, {
      ...event,
      event_id: "EvINJ",
      event: {
        ...event.event,
        text: `<@${BOT_USER}> <!channel> who owns pathcing <@U999> on rds <https://evil.example|click>`,
      },
    });
    const post = await h.fake.waitFor("chat.postMessage");
    const text = JSON.stringify(post.body.blocks);
    expect(text).toContain("Patching on Amazon RDS");
    expect(text).not.toMatch(/<!channel>|<@U999>|evil\.example/);
  });

  it("answers a 4,000-character message", async () => {
    const event = fixture<{ event: Record<string, unknown> }>("app-mention.json");
    const long = `who owns patching on rds ${"and also some context ".repeat(200)}`.slice(0, 4000);
    await sendEvent(h.url, {
      ...event,
      event_id: "EvLONG",
      event: { ...event.event, text: `<@${BOT_USER}> ${long}` },
    });
    const post = await h.fake.waitFor("chat.postMessage");
    expect(JSON.stringify(post.body.blocks)).toContain("Amazon RDS");
  });
});

describe("start-up", () => {
  it("does not call Slack until a request arrives", async () => {
    const fresh = await startSlackHarness();
    expect(fresh.fake.calls).toHaveLength(0);
    await fresh.close();
  });

  it("in Socket Mode serves no Slack HTTP endpoint", async () => {
    const socket = await startSlackHarness(
      { SLACK_APP_TOKEN: "xapp-1-test" },
      { startPlatforms: false },
    );
    expect((await sendCommand(socket.url, command("help"))).status).toBe(404);
    await socket.close();
  });
});
