// What every request to POST /slack/events passes before Bolt sees it: a bounded body, a body
// Slack could have sent (a JSON object or a form), a timestamp within five minutes either way, a
// valid signature, and a signature not seen before (a replay is acknowledged and dropped).
// Bolt then reads the body already buffered here. Refusals are answered plainly and never logged
// one by one, so a stranger cannot flood the logs.
import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import { type ParsedUrlQuery, parse as parseForm } from "node:querystring";
import { isValidSlackRequest } from "@slack/bolt";
import { BodyError, readBody } from "../../http/body.js";
import type { Store } from "../../store/store.js";

/** Slack's own window for a signed request, in seconds, applied both ways. */
const WINDOW_SECONDS = 5 * 60;

export interface GateOptions {
  readonly signingSecret: string;
  readonly store: Store;
  readonly now?: () => number;
}

export function slackGate(bolt: RequestListener, options: GateOptions): RequestListener {
  const now = options.now ?? Date.now;
  return async (req, res) => {
    let raw: Buffer;
    try {
      raw = await readBody(req);
    } catch (error) {
      const status = error instanceof BodyError ? error.status : 400;
      return refuse(res, status, "the body could not be read");
    }
    const text = raw.toString("utf8");
    const form = isForm(req) ? parseForm(text) : undefined;
    if (!readable(text, form)) return refuse(res, 400, "the body is not a Slack payload");
    // Slack's SSL check carries no signature; Bolt answers it and keeps nothing else of it.
    if (form?.ssl_check === "1") return pass(bolt, req, res, raw);
    const signature = header(req, "x-slack-signature");
    const timestamp = Number(header(req, "x-slack-request-timestamp"));
    if (!signature || !Number.isInteger(timestamp)) return refuse(res, 401, "unsigned request");
    if (Math.abs(now() / 1000 - timestamp) > WINDOW_SECONDS) {
      return refuse(res, 401, "the request's timestamp is outside the five-minute window");
    }
    const headers = { "x-slack-signature": signature, "x-slack-request-timestamp": timestamp };
    if (!isValidSlackRequest({ signingSecret: options.signingSecret, body: text, headers })) {
      return refuse(res, 401, "invalid signature");
    }
    if (!(await options.store.claimOnce(`slack:${signature}`, 2 * WINDOW_SECONDS * 1000))) {
      // Already answered: acknowledged, not answered again.
      return void res.writeHead(200).end();
    }
    return pass(bolt, req, res, raw);
  };
}

function pass(bolt: RequestListener, req: IncomingMessage, res: ServerResponse, raw: Buffer) {
  // Bolt's receiver reads `rawBody` when it is already there instead of the stream.
  (req as IncomingMessage & { rawBody?: Buffer }).rawBody = raw;
  bolt(req, res);
}

/** A JSON object (events), or a form whose `payload`, if any, is a JSON object (actions). */
function readable(text: string, form: ParsedUrlQuery | undefined): boolean {
  try {
    if (!form) return isObject(JSON.parse(text));
    const payload = form.payload;
    return payload === undefined || (typeof payload === "string" && isObject(JSON.parse(payload)));
  } catch {
    return false;
  }
}

function isObject(value: unknown): boolean {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isForm(req: IncomingMessage): boolean {
  return (req.headers["content-type"] ?? "").startsWith("application/x-www-form-urlencoded");
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return typeof value === "string" ? value : undefined;
}

function refuse(res: ServerResponse, status: number, error: string): void {
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify({ error }));
}
