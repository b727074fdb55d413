// Mounts the Bot Framework adapter on our own Node server: reads and parses the body (bounded),
// turns a malformed activity into 400, and gives the adapter the small request and response
// objects it expects.
import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import type { ActivityHandler, CloudAdapter } from "botbuilder";

const MAX_BODY = 256 * 1024;

export function teamsRequestListener(
  adapter: CloudAdapter,
  bot: ActivityHandler,
  log: (message: string) => void,
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
      body = JSON.parse(await readBody(req));
    } catch (error) {
      return reply(res, error instanceof BodyTooLarge ? 413 : 400, {
        error: "the body must be a JSON activity",
      });
    }
    if (!isActivity(body)) {
      return reply(res, 400, {
        error: "not an activity: it needs a type, and a conversation, sender and service URL",
      });
    }
    try {
      await adapter.process(
        { body, headers: req.headers, method: req.method ?? "POST" },
        shim(res),
        (context) => bot.run(context),
      );
    } catch (error) {
      // The adapter rejects an activity it cannot read before anything is sent.
      log(
        `Teams request rejected: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`,
      );
      if (!res.headersSent) reply(res, 400, { error: "malformed activity" });
    }
  };
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

class BodyTooLarge extends Error {}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new BodyTooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}
