// Mounts the Bot Framework adapter on our own Node server: reads and parses the body (bounded),
// turns a malformed activity into 400, and gives the adapter the small request and response
// objects it expects. Unauthenticated (no app id, local use), it answers only activities whose
// serviceUrl is on this machine: the bot posts its replies there, and must never be made to call
// an address a stranger chose.
import type { RequestListener, ServerResponse } from "node:http";
import type { Activity, ActivityHandler } from "botbuilder";
import { isLoopbackHost } from "../../config.js";
import { BodyError, readBody } from "../../http/body.js";
import { type Logger, sampledWarn } from "../../observability/logger.js";
import { TIMED_OUT, withDeadline } from "../deadline.js";
import type { TurnAdapter } from "./auth.js";

export interface TeamsListenerOptions {
  /** No app id: refuse (403) an activity whose serviceUrl is not on loopback. */
  readonly loopbackServiceUrlOnly: boolean;
  /** How long a turn (its replies to the connector included) may take, in ms. */
  readonly turnTimeout: number;
}

export function teamsRequestListener(
  adapter: TurnAdapter,
  bot: ActivityHandler,
  logger: Logger,
  options: TeamsListenerOptions,
): RequestListener {
  // Refusals a stranger can repeat (no token, a bad one) are logged at most once a minute.
  const refused = sampledWarn(logger);
  // A failing turn is answered with a bare 500 below: no internals in the response.
  adapter.onTurnError = async (_context, error) => {
    throw error;
  };
  return async (req, res) => {
    let body: unknown;
    try {
      body = JSON.parse((await readBody(req)).toString("utf8"));
    } catch (error) {
      if (error instanceof BodyError && error.status === 413) {
        return reply(res, 413, { error: error.message });
      }
      return reply(res, 400, { error: "the body must be a JSON activity" });
    }
    if (!isActivity(body)) {
      return reply(res, 400, {
        error: "not an activity: it needs a type, and a conversation, sender and service URL",
      });
    }
    if (options.loopbackServiceUrlOnly && !onLoopback(body.serviceUrl)) {
      return reply(res, 403, {
        error: "without an app id the bot only answers a serviceUrl on this machine",
      });
    }
    // The adapter's own process() prints every refused token's stack trace to the console;
    // its turn leaves the answering and the logging to us.
    const auth = typeof req.headers.authorization === "string" ? req.headers.authorization : "";
    const turn = adapter.turn(auth, body as unknown as Activity, (context) => bot.run(context));
    try {
      // A connector that never answers must not hold the request: the turn gets a deadline.
      const result = await withDeadline(turn, options.turnTimeout);
      if (result === TIMED_OUT) {
        logger.warn("Teams turn timed out (the connector did not answer)");
        return reply(res, 504, { error: "the reply could not be delivered in time" });
      }
      if (result?.body === undefined) return void res.writeHead(result?.status ?? 200).end();
      reply(res, result.status, result.body);
    } catch (error) {
      const status = (error as { statusCode?: unknown }).statusCode;
      if (status === 401 || status === 403) {
        // No token or a bad one: an expected refusal, logged once a minute, no stack trace.
        refused("teams-unauthorized", `Teams request refused: ${firstLine(error)}`);
        return reply(res, 401, { error: "unauthorized" });
      }
      logger.error({ err: firstLine(error) }, "Teams turn failed");
      reply(res, 500, { error: "internal error" });
    }
  };
}

function firstLine(error: unknown): string {
  return error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error);
}

/** The parts of an activity every handler relies on: a type, and who and where when given. */
function isActivity(value: unknown): value is Record<string, unknown> & { type: string } {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const a = value as Record<string, unknown>;
  const isObject = (v: unknown) => typeof v === "object" && v !== null && !Array.isArray(v);
  const hasId = (v: unknown) => isObject(v) && typeof (v as { id?: unknown }).id === "string";
  if (typeof a.type !== "string" || a.type === "") return false;
  if (a.type === "message" || a.type === "invoke" || a.type === "conversationUpdate") {
    return hasId(a.conversation) && hasId(a.from) && typeof a.serviceUrl === "string";
  }
  return (
    (a.conversation === undefined || hasId(a.conversation)) &&
    (a.from === undefined || hasId(a.from))
  );
}

function reply(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
}

/** An http(s) URL whose host is this machine; an activity without one posts nowhere. */
export function onLoopback(serviceUrl: unknown): boolean {
  if (serviceUrl === undefined) return true;
  if (typeof serviceUrl !== "string") return false;
  try {
    const url = new URL(serviceUrl);
    return (url.protocol === "http:" || url.protocol === "https:") && isLoopbackHost(url.hostname);
  } catch {
    return false;
  }
}
