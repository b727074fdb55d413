// Shared Slack test helpers: a fake Slack Web API on loopback that records every call the bot
// makes (and every post to a response_url), signed requests in Slack's own formats, and a bot
// built against the fake.
import { createHmac } from "node:crypto";
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { type Bot, buildBot } from "../../src/bot.js";
import { parseConfig } from "../../src/config.js";
import { createLogger } from "../../src/observability/logger.js";
import { MemoryStore } from "../../src/store/memory-store.js";
import { shippedSrm } from "./knowledge.js";

export const SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
export const BOT_USER = "U0LAN0Z89";

export interface SlackCall {
  /** `chat.postMessage`, …, or `response_url` for posts to a response URL. */
  readonly method: string;
  readonly body: Record<string, unknown>;
}

export class FakeSlack {
  readonly calls: SlackCall[] = [];
  private readonly waiters: {
    match: (c: SlackCall) => boolean;
    resolve: (c: SlackCall) => void;
  }[] = [];
  private server?: Server;
  url = "";
  /** How long the Web API takes to answer (ms): a slow Slack, for tests of what waits on it. */
  delayMs = 0;
  /** Replies that replace the usual one for a method (an error, another user's profile). */
  readonly overrides = new Map<string, Record<string, unknown>>();
  /** Methods recorded when called and never answered: a Slack that hangs mid-call. */
  readonly hanging = new Set<string>();
  /** Each call's Authorization header, in order: which token the bot called Slack with. */
  readonly authorizations: { method: string; authorization: string | undefined }[] = [];

  /**
   * oauth.v2.access for a workspace install (Slack's documented shape, no user scopes asked):
   * the token and team an installation through /slack/oauth_redirect gets.
   */
  static readonly OAUTH_V2_ACCESS = {
    ok: true,
    access_token: "xoxb-17653672481-19874698323-pdFZKVeTuE8sk7oOcBrzbqgy",
    token_type: "bot",
    scope: "commands,app_mentions:read,chat:write,im:history,channels:history,users:read",
    bot_user_id: BOT_USER,
    app_id: "A0KRD7HC3",
    team: { name: "Slack Softball Team", id: "T9TK3CUKW" },
    enterprise: null,
    is_enterprise_install: false,
    authed_user: { id: "U1234" },
  } as const;

  async start(): Promise<void> {
    const server = createServer(async (req, res) => {
      const body = await readBody(req);
      const path = req.url ?? "/";
      // Bytes POSTed to an upload URL the fake handed out (files.getUploadURLExternal).
      const method = path.startsWith("/response/")
        ? "response_url"
        : path.startsWith("/upload/")
          ? "upload"
          : path.replace(/^\/api\//, "");
      if (this.hanging.has(method)) return this.record({ method, body });
      if (this.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.delayMs));
      this.authorizations.push({ method, authorization: req.headers.authorization });
      this.record({ method, body });
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify(this.reply(method)));
    });
    this.server = server;
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  /** The next call (already made, or still to come) that matches. */
  waitFor(
    method: string,
    where: (body: Record<string, unknown>) => boolean = () => true,
    timeoutMs = 5000,
  ): Promise<SlackCall> {
    const match = (c: SlackCall) => c.method === method && where(c.body);
    const seen = this.calls.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () =>
          reject(
            new Error(
              `no ${method} call within ${timeoutMs} ms; saw: ${this.calls.map((c) => c.method).join(", ")}`,
            ),
          ),
        timeoutMs,
      );
      this.waiters.push({
        match,
        resolve: (c) => {
          clearTimeout(timer);
          resolve(c);
        },
      });
    });
  }

  count(method: string): number {
    return this.calls.filter((c) => c.method === method).length;
  }

  reset(): void {
    this.calls.length = 0;
    this.authorizations.length = 0;
    this.overrides.clear();
    this.hanging.clear();
  }

  private record(call: SlackCall): void {
    this.calls.push(call);
    for (const w of [...this.waiters]) {
      if (w.match(call)) {
        this.waiters.splice(this.waiters.indexOf(w), 1);
        w.resolve(call);
      }
    }
  }

  private reply(method: string): Record<string, unknown> {
    const override = this.overrides.get(method);
    if (override) return override;
    switch (method) {
      case "auth.test":
        return {
          ok: true,
          url: "https://example.slack.com/",
          team: "Example",
          user: "srm",
          team_id: "T0001",
          user_id: BOT_USER,
          bot_id: "B0LAN0Z89",
        };
      case "chat.postMessage":
        return { ok: true, channel: "C0LAN2Q65", ts: `${Date.now() / 1000}`, message: {} };
      case "oauth.v2.access":
        return FakeSlack.OAUTH_V2_ACCESS;
      case "users.info":
        return { ok: true, user: { id: "U0001", tz: "America/New_York" } };
      case "chat.getPermalink":
        return {
          ok: true,
          permalink: "https://example.slack.com/archives/C0LAN2Q65/p1515449522000016",
        };
      case "files.getUploadURLExternal":
        // Slack answers with a URL of its own; the fake's is on loopback.
        return { ok: true, upload_url: `${this.url}/upload/F0UPLOAD1`, file_id: "F0UPLOAD1" };
      case "files.completeUploadExternal":
        return { ok: true, files: [{ id: "F0UPLOAD1", title: "upload" }] };
      default:
        return { ok: true };
    }
  }
}

async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString("utf8");
  const type = req.headers["content-type"] ?? "";
  if (type.includes("json")) return JSON.parse(text || "{}");
  if (type.startsWith("multipart/form-data")) {
    // A file upload: each part as text (files too), read with the platform's own parser.
    const form = await new Response(Buffer.concat(chunks), {
      headers: { "content-type": type },
    }).formData();
    const parts: Record<string, unknown> = {};
    for (const [k, v] of form) parts[k] = typeof v === "string" ? v : await v.text();
    return parts;
  }
  if (!type.includes("x-www-form-urlencoded") && (req.url ?? "").startsWith("/upload/")) {
    return { bytes: text }; // an upload sent as raw bytes
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(text)) {
    out[k] = /^[[{]/.test(v) ? JSON.parse(v) : v; // the Web API client sends blocks as JSON strings
  }
  return out;
}

export function fixture<T extends object = Record<string, unknown>>(name: string): T {
  const text = readFileSync(new URL(`../fixtures/slack/${name}`, import.meta.url), "utf8");
  // Recorded payloads point at Slack; no test may reach it, so any response URL a test does not
  // replace goes to a closed loopback port instead.
  return JSON.parse(text.replaceAll("https://hooks.slack.com", "http://127.0.0.1:9")) as T;
}

/** Slack's request signature: v0=HMAC-SHA256(secret, "v0:{timestamp}:{body}"). */
export function signature(body: string, timestamp: number, secret = SIGNING_SECRET): string {
  return `v0=${createHmac("sha256", secret).update(`v0:${timestamp}:${body}`).digest("hex")}`;
}

export interface SendOptions {
  readonly timestamp?: number;
  readonly secret?: string;
  readonly headers?: Record<string, string>;
}

/** POSTs a signed request to the bot, as Slack would. */
export async function sendSigned(
  botUrl: string,
  body: string,
  contentType: string,
  options: SendOptions = {},
): Promise<Response> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  return fetch(`${botUrl}/slack/events`, {
    method: "POST",
    headers: {
      "content-type": contentType,
      "x-slack-request-timestamp": String(timestamp),
      "x-slack-signature": signature(body, timestamp, options.secret),
      ...options.headers,
    },
    body,
  });
}

export const sendEvent = (botUrl: string, event: unknown, options?: SendOptions) =>
  sendSigned(botUrl, JSON.stringify(event), "application/json", options);

export const sendCommand = (
  botUrl: string,
  command: Record<string, string>,
  options?: SendOptions,
) =>
  sendSigned(
    botUrl,
    new URLSearchParams(command).toString(),
    "application/x-www-form-urlencoded",
    options,
  );

export const sendAction = (botUrl: string, payload: unknown, options?: SendOptions) =>
  sendSigned(
    botUrl,
    new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
    "application/x-www-form-urlencoded",
    options,
  );

export interface SlackHarness {
  readonly fake: FakeSlack;
  readonly bot: Bot;
  readonly store: MemoryStore;
  readonly url: string;
  close(): Promise<void>;
}

/** A running bot on loopback, talking to a fake Slack. */
export async function startSlackHarness(
  env: Record<string, string> = {},
  options: { startPlatforms?: boolean } = {},
): Promise<SlackHarness> {
  const fake = new FakeSlack();
  await fake.start();
  const config = parseConfig({
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_BOT_TOKEN: "xoxb-test-token",
    SLACK_API_URL: `${fake.url}/api/`,
    LOG_LEVEL: "error",
    // Functional tests ask fast; the rate limits have tests of their own.
    SRM_RATE_LIMIT: "off",
    ...env,
  });
  const store = new MemoryStore();
  const bot = await buildBot(config, shippedSrm(), { store, logger: createLogger("silent") });
  const address = await bot.http.listen(0);
  // Socket Mode would dial out to Slack: tests that use it check the wiring, not the socket.
  if (options.startPlatforms !== false) await bot.start();
  return {
    fake,
    bot,
    store,
    url: `http://127.0.0.1:${address.port}`,
    close: async () => {
      if (options.startPlatforms === false) await bot.http.close();
      else await bot.stop();
      await fake.stop();
    },
  };
}

/** Sends a slash command and returns the answer Slack gets in the acknowledgment's body. */
export async function commandReply(
  botUrl: string,
  command: Record<string, string>,
  options?: SendOptions,
): Promise<Record<string, unknown>> {
  const res = await sendCommand(botUrl, command, options);
  if (res.status !== 200) throw new Error(`the bot answered ${res.status}`);
  return (await res.json()) as Record<string, unknown>;
}
