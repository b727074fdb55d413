// Shared Teams test helpers: activities in the Bot Framework's own shapes, sent over real HTTP
// to the bot on loopback. Messages ask for `expectReplies`, so the bot's replies come back in
// the HTTP response and no connector service is needed.
import { readFileSync } from "node:fs";
import { request } from "node:http";
import { createRequire } from "node:module";
import { type Bot, buildBot } from "../../src/bot.js";
import { parseConfig } from "../../src/config.js";
import { createLogger } from "../../src/observability/logger.js";
import { MemoryStore } from "../../src/store/memory-store.js";
import { shippedSrm } from "./knowledge.js";

export function activity(
  name: string,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  const base = JSON.parse(
    readFileSync(new URL(`../fixtures/teams/${name}`, import.meta.url), "utf8"),
  );
  // Replies go in the HTTP response; the recorded service URL would point at Teams.
  return { ...base, serviceUrl: "http://127.0.0.1:9/", ...overrides };
}

export interface TeamsHarness {
  readonly bot: Bot;
  readonly store: MemoryStore;
  readonly url: string;
  readonly logged: string[];
  close(): Promise<void>;
}

export async function startTeamsHarness(env: Record<string, string> = {}): Promise<TeamsHarness> {
  const store = new MemoryStore();
  const logged: string[] = [];
  const config = parseConfig({ LOG_LEVEL: "error", SRM_RATE_LIMIT: "off", ...env });
  // The bot's JSON log lines, as a test reads them.
  const logger = createLogger(config.logLevel, { write: (line: string) => void logged.push(line) });
  const bot = await buildBot(config, shippedSrm(), { store, logger });
  const address = await bot.http.listen(0);
  return { bot, store, logged, url: `http://127.0.0.1:${address.port}`, close: () => bot.stop() };
}

export async function post(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(`${url}/api/messages`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

interface Reply {
  readonly attachments?: { contentType: string; content: Record<string, unknown> }[];
  readonly summary?: string;
}

/** Sends a message activity with expectReplies and returns the bot's replies. */
export async function converse(url: string, message: Record<string, unknown>): Promise<Reply[]> {
  const res = await post(url, { ...message, deliveryMode: "expectReplies" });
  if (res.status !== 200) throw new Error(`bot answered ${res.status}: ${await res.text()}`);
  return ((await res.json()) as { activities: Reply[] }).activities;
}

export function cardOf(reply: Reply | undefined): Record<string, unknown> {
  const attachment = reply?.attachments?.[0];
  if (attachment?.contentType !== "application/vnd.microsoft.card.adaptive")
    throw new Error("no Adaptive Card in the reply");
  return attachment.content;
}

// The Adaptive Cards SDK's own parser; its npm "lib" build does not load in Node, its bundle does.
const require = createRequire(import.meta.url);
const AC = require("adaptivecards/dist/adaptivecards.js") as {
  AdaptiveCard: new () => {
    parse(json: unknown, context: unknown): void;
    version: { major: number; minor: number };
  };
  SerializationContext: new (
    version: unknown,
  ) => { eventCount: number; getEventAt(i: number): { message: string } };
  Version: new (major: number, minor: number) => unknown;
};

/** Problems the Adaptive Cards parser reports for a card read as version 1.5 (Teams' version). */
export function cardProblems(card: unknown): string[] {
  const parsed = new AC.AdaptiveCard();
  const context = new AC.SerializationContext(new AC.Version(1, 5));
  parsed.parse(card, context);
  const problems = Array.from(
    { length: context.eventCount },
    (_, i) => context.getEventAt(i).message,
  );
  const { major, minor } = parsed.version;
  if (major > 1 || (major === 1 && minor > 5))
    problems.push(`version ${major}.${minor} is newer than Teams renders`);
  return problems;
}

/**
 * POSTs a personal message (expectReplies) in two parts, the rest `restAfterMs` later, so the
 * request is still in flight meanwhile; `during` runs between the parts. Resolves the status.
 */
export function postSlowly(
  url: string,
  restAfterMs: number,
  during: () => void = () => {},
): Promise<number> {
  const body = JSON.stringify({
    ...activity("personal-message.json"),
    deliveryMode: "expectReplies",
  });
  return new Promise<number>((resolve, reject) => {
    const req = request(`${url}/api/messages`, {
      method: "POST",
      headers: { "content-type": "application/json" },
    });
    req.on("response", (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on("error", reject);
    req.write(body.slice(0, 20));
    setTimeout(during, restAfterMs / 3);
    setTimeout(() => req.end(body.slice(20)), restAfterMs);
  });
}
