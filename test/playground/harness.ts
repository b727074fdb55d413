// The bot as `npm start` runs it with no credentials (the playground on), listening on a free
// loopback port, and the playground's requests in the page's own shapes.

import type { PlaygroundMessage } from "../../src/adapters/playground/messages.js";
import { API } from "../../src/adapters/playground/routes.js";
import { type Bot, buildBot } from "../../src/bot.js";
import { parseConfig } from "../../src/config.js";
import { createLogger } from "../../src/observability/logger.js";
import { MemoryStore } from "../../src/store/memory-store.js";
import { shippedSrm } from "../helpers/knowledge.js";

export interface PlaygroundHarness {
  readonly bot: Bot;
  readonly store: MemoryStore;
  readonly url: string;
  close(): Promise<void>;
}

export async function startPlayground(
  env: Record<string, string> = {},
): Promise<PlaygroundHarness> {
  const config = parseConfig({ LOG_LEVEL: "error", SRM_RATE_LIMIT: "off", ...env });
  const store = new MemoryStore();
  const bot = await buildBot(config, shippedSrm(), { store, logger: createLogger("silent") });
  const address = await bot.http.listen(0, config.host);
  return { bot, store, url: `http://127.0.0.1:${address.port}`, close: () => bot.stop() };
}

export interface Outcome {
  readonly effect: "append" | "replace" | "notice";
  readonly message?: PlaygroundMessage;
  readonly replaces?: string;
  readonly notice?: string;
}

export async function postJson(url: string, body: unknown): Promise<Response> {
  return fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

async function outcomeOf(res: Response): Promise<Outcome> {
  if (res.status !== 200) throw new Error(`playground answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as Outcome;
}

export const SESSION = "test-session-1";

export async function ask(url: string, text: string, session = SESSION): Promise<Outcome> {
  return outcomeOf(await postJson(`${url}${API.ask}`, { session, text }));
}

/** A click in the Slack pane, as Slack's block_actions payload. */
export function blockActions(
  message: PlaygroundMessage,
  action: Record<string, unknown>,
): Record<string, unknown> {
  return {
    type: "block_actions",
    user: { id: "U0PLAYGROUND" },
    container: { type: "message", message_ts: message.id, is_ephemeral: message.ephemeral },
    actions: [action],
  };
}

export async function slackAction(
  url: string,
  payload: Record<string, unknown>,
  session = SESSION,
): Promise<Outcome> {
  return outcomeOf(await postJson(`${url}${API.slackAction}`, { session, payload }));
}

export async function teamsSubmit(
  url: string,
  data: Record<string, unknown>,
  session = SESSION,
): Promise<Outcome> {
  return outcomeOf(await postJson(`${url}${API.teamsSubmit}`, { session, data }));
}

/** The button in a message's blocks whose label contains `label`. */
export function buttonOf(message: PlaygroundMessage, label: string): Record<string, unknown> {
  for (const block of message.slack.blocks) {
    if (block.type !== "actions") continue;
    for (const e of block.elements) {
      if (e.type === "button" && e.text.text.includes(label)) return { ...e, block_id: "" };
    }
  }
  throw new Error(`no button labelled ${label}`);
}
