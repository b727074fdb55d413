// Mounts the Bot Framework adapter on our own Node server: reads and parses the body (bounded),
// turns a malformed activity into 400, and gives the adapter the small request and response
// objects it expects. Unauthenticated (no app id, local use), it answers only activities whose
// serviceUrl is on this machine: the bot posts its replies there, and must never be made to call
// an address a stranger chose.
import type { RequestListener, ServerResponse } from "node:http";
import type { ActivityHandler, CloudAdapter } from "botbuilder";
import { isLoopbackHost } from "../../config.js";
import { BodyError, readBody } from "../../http/body.js";

export interface TeamsListenerOptions {
  /** No app id: refuse (403) an activity whose serviceUrl is not on loopback. */
  readonly loopbackServiceUrlOnly: boolean;
  /** How long a turn (its replies to the connector included) may take, in ms. */
  readonly turnTimeout: number;
}

export function teamsRequestListener(
  adapter: CloudAdapter,
  bot: ActivityHandler,
  log: (message: string) => void,
  options: TeamsListenerOptions,
): RequestListener {
  // A failing turn is logged here and answered with a bare 500: no internals in the response.
  adapter.onTurnError = async (_context, error) => {
    log(
      `Teams turn failed: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`,
    );
    throw new Error("internal error");
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
    const turn = adapter.process(
      { body, headers: req.headers, method: req.method ?? "POST" },
      shim(res),
      (context) => bot.run(context),
    );
    try {
      // A connector that never answers must not hold the request: the turn gets a deadline.
      if ((await withDeadline(turn, options.turnTimeout)) === TIMED_OUT) {
        log("Teams turn timed out (the connector did not answer)");
        if (!res.headersSent)
          reply(res, 504, { error: "the reply could not be delivered in time" });
      }
    } catch (error) {
      // The adapter rejects an activity it cannot read before anything is sent.
      log(
        `Teams request rejected: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`,
      );
      if (!res.headersSent) reply(res, 400, { error: "malformed activity" });
    }
  };
}

const TIMED_OUT = Symbol("timed out");

function withDeadline<T>(work: Promise<T>, ms: number): Promise<T | typeof TIMED_OUT> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), ms);
  });
  // The turn may still fail after the deadline; that is logged, never unhandled.
  work.catch(() => {});
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
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

function shim(res: ServerResponse) {
  return {
    socket: res.socket,
    status(code: number) {
      res.statusCode = code;
      return this;
    },
    header(name: string, value: unknown) {
      res.setHeader(name, String(value));
      return this;
    },
    send(body: unknown) {
      if (res.writableEnded) return this;
      if (typeof body === "object" && body !== null) {
        res.setHeader("content-type", "application/json");
        res.write(JSON.stringify(body));
      } else if (body !== undefined) res.write(String(body));
      return this;
    },
    end() {
      if (!res.writableEnded) res.end();
      return this;
    },
  };
}

function reply(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
}

/** An http(s) URL whose host is this machine; an activity without one posts nowhere. */
function onLoopback(serviceUrl: unknown): boolean {
  if (serviceUrl === undefined) return true;
  if (typeof serviceUrl !== "string") return false;
  try {
    const url = new URL(serviceUrl);
    return (url.protocol === "http:" || url.protocol === "https:") && isLoopbackHost(url.hostname);
  } catch {
    return false;
  }
}
