// The server under hostile input, over real HTTP on loopback: each refusal gets its status,
// nothing is answered or posted that should not be, and the server keeps serving.
import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { connect } from "node:net";
import { describe, expect, it } from "vitest";
import { buildBot } from "../../src/bot.js";
import { parseConfig } from "../../src/config.js";
import { describeConfig } from "../../src/config-description.js";
import { createLogger } from "../../src/observability/logger.js";
import { MemoryStore } from "../../src/store/memory-store.js";
import { shippedSrm } from "../helpers/knowledge.js";
import { bothPlatforms, healthy, slashCommand } from "../helpers/platforms.js";
import { fixture, sendCommand, sendSigned, startSlackHarness } from "../helpers/slack.js";
import { activity, post, postSlowly } from "../helpers/teams.js";

const h = bothPlatforms();
const command = (text: string) => slashCommand(h.slack, text);

describe("Teams without an app id", () => {
  it("listens on loopback by default, and turns off rather than listen elsewhere", () => {
    expect(parseConfig({}).host).toBe("127.0.0.1");
    const wide = parseConfig({ HOST: "0.0.0.0" });
    expect(wide.teams).toBeUndefined();
    expect(describeConfig(wide).join("\n")).toMatch(/Teams: off: .*only listens on loopback/);
    const slackOnly = parseConfig({
      NODE_ENV: "production",
      SLACK_SIGNING_SECRET: "s",
      SLACK_BOT_TOKEN: "xoxb-1",
    });
    expect(slackOnly.host).toBe("0.0.0.0");
  });

  it("refuses a serviceUrl off this machine with 403, before any reply is sent", async () => {
    for (const serviceUrl of [
      "http://10.0.0.5/",
      "http://169.254.169.254/latest/",
      "https://example.com/",
      "file:///etc/passwd",
    ]) {
      const res = await post(h.teams.url, activity("personal-message.json", { serviceUrl }));
      expect(res.status, String(serviceUrl)).toBe(403);
    }
    const malformed = await post(
      h.teams.url,
      activity("personal-message.json", { serviceUrl: 42 }),
    );
    expect(malformed.status).toBe(400);
    expect(await healthy(h.teams.url)).toBe(true);
  });

  it("never waits on a connector that does not answer", async () => {
    const silent: Server = createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const port = (silent.address() as AddressInfo).port;
    const store = new MemoryStore();
    const bot = await buildBot(parseConfig({ LOG_LEVEL: "error" }), shippedSrm(), {
      store,
      logger: createLogger("silent"),
      teamsTurnTimeout: 500,
    });
    const { port: botPort } = await bot.http.listen(0);
    try {
      const started = Date.now();
      const res = await post(
        `http://127.0.0.1:${botPort}`,
        activity("personal-message.json", { serviceUrl: `http://127.0.0.1:${port}/` }),
      );
      expect(res.status).toBe(504);
      expect(Date.now() - started).toBeLessThan(5_000);
    } finally {
      await bot.stop();
      silent.closeAllConnections();
      silent.close();
    }
  });
});

describe("Slack bodies", () => {
  it("answers a signed body that is not a Slack payload with 400, and keeps serving", async () => {
    for (const body of ["null", "[]", "42", '"text"']) {
      const res = await sendSigned(h.slack.url, body, "application/json");
      expect(res.status, body).toBe(400);
    }
    const form = await sendSigned(h.slack.url, "payload=null", "application/x-www-form-urlencoded");
    expect(form.status).toBe(400);
    expect(await healthy(h.slack.url)).toBe(true);
    expect(h.slack.fake.calls).toHaveLength(0);
  });

  it("refuses a body declared over 256 KB with 413 without reading it", async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(`${h.slack.url}/slack/events`, {
        method: "POST",
        headers: { "content-type": "application/json", "content-length": 4 * 1024 * 1024 },
      });
      req.on("response", (res) => resolve(res.statusCode ?? 0));
      req.on("error", reject);
      req.write("{"); // the rest never comes: the answer must not wait for it
    });
    expect(status).toBe(413);
  });

  it("refuses an undeclared (chunked) body once it passes 256 KB", async () => {
    const big = `{"x":"${"a".repeat(300 * 1024)}"}`;
    const chunks = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(big));
        controller.close();
      },
    });
    const res = await fetch(`${h.slack.url}/slack/events`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: chunks,
      duplex: "half",
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(await healthy(h.slack.url)).toBe(true);
  });
});

describe("Slack signatures", () => {
  it("refuses a timestamp more than five minutes in the future", async () => {
    const future = Math.floor(Date.now() / 1000) + 10 * 60;
    const res = await sendCommand(h.slack.url, command("help"), { timestamp: future });
    expect(res.status).toBe(401);
    expect(h.slack.fake.calls).toHaveLength(0);
  });

  it("answers a replayed command once", async () => {
    const timestamp = Math.floor(Date.now() / 1000);
    const body = command("who-owns patching on rds");
    const answers: string[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await sendCommand(h.slack.url, body, { timestamp });
      expect(res.status).toBe(200);
      answers.push(await res.text());
    }
    // The first is answered (in the acknowledgment); the replays get an empty acknowledgment.
    expect(answers[0]).toContain("Patching on Amazon RDS");
    expect(answers.slice(1)).toEqual(["", "", "", ""]);
    expect(h.slack.fake.calls.filter((c) => c.method !== "auth.test")).toHaveLength(0);
  });
});

describe("timeouts, probes and shutdown", () => {
  it("closes a connection whose headers never finish, when the header timeout says", async () => {
    const bot = await buildBot(parseConfig({ LOG_LEVEL: "error" }), shippedSrm(), {
      logger: createLogger("silent"),
      limits: { headersTimeout: 500, requestTimeout: 1_000 },
    });
    const { port } = await bot.http.listen(0);
    try {
      const started = Date.now();
      const closedAfter = await new Promise<number>((resolve) => {
        const socket = connect(port, "127.0.0.1", () =>
          socket.write("POST /api/messages HTTP/1.1\r\n"),
        );
        socket.on("data", () => {});
        socket.on("close", () => resolve(Date.now() - started));
      });
      expect(closedAfter).toBeLessThan(4_000);
    } finally {
      await bot.stop();
    }
  });

  it("answers GET and HEAD on /healthz and /readyz", async () => {
    const bodies: Record<string, unknown> = {
      "/healthz": { ok: true },
      // Readiness also says whether the database answers.
      "/readyz": { ok: true, database: true },
    };
    for (const path of ["/healthz", "/readyz"]) {
      const get = await fetch(`${h.teams.url}${path}`);
      expect(get.status).toBe(200);
      expect(await get.json()).toEqual(bodies[path]);
      const head = await fetch(`${h.teams.url}${path}`, { method: "HEAD" });
      expect(head.status).toBe(200);
      expect(await head.text()).toBe("");
    }
    expect((await fetch(`${h.teams.url}/readyz`, { method: "POST" })).status).toBe(405);
  });

  it("posts the answers it owes before a shutdown ends", async () => {
    const owed = await startSlackHarness({ SLACK_BOT_ID: "B1", SLACK_BOT_USER_ID: "U1" });
    owed.fake.delayMs = 400;
    const event = fixture<{ event: Record<string, unknown> }>("app-mention.json");
    const res = await sendSigned(
      owed.url,
      JSON.stringify({
        ...event,
        event_id: "EvOWED",
        event: { ...event.event, text: "<@U1> who owns patching on rds" },
      }),
      "application/json",
    );
    expect(res.status).toBe(200);
    await owed.bot.stop();
    expect(owed.fake.calls.map((c) => c.method)).toContain("chat.postMessage");
    await owed.fake.stop();
  });

  it("finishes a request in flight when it shuts down, and is no longer ready", async () => {
    const bot = await buildBot(parseConfig({ LOG_LEVEL: "error" }), shippedSrm(), {
      logger: createLogger("silent"),
    });
    const { port } = await bot.http.listen(0);
    expect(bot.http.ready).toBe(true);
    // A body sent slowly keeps the request in flight while the shutdown begins.
    const reply = postSlowly(`http://127.0.0.1:${port}`, 300);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const stopped = bot.stop();
    expect(bot.http.ready).toBe(false);
    expect(await reply).toBe(200);
    await stopped;
  });
});
