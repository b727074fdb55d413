// The playground's JSON endpoints: a bounded body, parsed and checked against its schema, then
// handled; every refusal is a 4xx with a sentence saying why. Requests from another origin, or
// not sent as JSON (a cross-site form cannot send JSON without asking first), are refused.
import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import type { z } from "zod";
import { BodyError, readBody } from "../../http/body.js";
import { crossOrigin, hostAllowed, sendJson } from "./guard.js";
import { type Outcome, type PlaygroundDeps, PlaygroundError } from "./messages.js";

/** A question or a click is well under 1 KB; a checklist's state a few KB. */
export const MAX_API_BODY_BYTES = 32 * 1024;

export function jsonEndpoint<T>(
  deps: PlaygroundDeps,
  schema: z.ZodType<T>,
  handle: (input: T) => Outcome | Promise<Outcome>,
): RequestListener {
  return (req, res) => {
    serve(deps, req, res, schema, handle).catch((error: unknown) => {
      deps.logger.error(
        { err: error instanceof Error ? error.message : String(error) },
        "playground",
      );
      if (!res.headersSent) sendJson(res, 500, { error: "the playground failed to answer" });
    });
  };
}

async function serve<T>(
  deps: PlaygroundDeps,
  req: IncomingMessage,
  res: ServerResponse,
  schema: z.ZodType<T>,
  handle: (input: T) => Outcome | Promise<Outcome>,
): Promise<void> {
  if (!hostAllowed(req, deps.host) || crossOrigin(req)) {
    return sendJson(res, 403, { error: "requests come from the playground page only" });
  }
  if (!/^application\/json\s*(;|$)/i.test(req.headers["content-type"] ?? "")) {
    return sendJson(res, 415, { error: "send JSON, with content-type: application/json" });
  }
  const body = await readJson(req);
  if (!body.ok) return sendJson(res, body.status, { error: body.error });
  const parsed = schema.safeParse(body.value);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".") || "body"}: ${i.message}`);
    return sendJson(res, 400, { error: `invalid request: ${problems.join("; ")}`, problems });
  }
  try {
    sendJson(res, 200, await handle(parsed.data));
  } catch (error) {
    if (!(error instanceof PlaygroundError)) throw error;
    sendJson(res, 400, { error: error.message });
  }
}

type JsonBody = { ok: true; value: unknown } | { ok: false; status: 400 | 413; error: string };

async function readJson(req: IncomingMessage): Promise<JsonBody> {
  let text: string;
  try {
    text = (await readBody(req, MAX_API_BODY_BYTES)).toString("utf8");
  } catch (error) {
    if (error instanceof BodyError)
      return { ok: false, status: error.status, error: error.message };
    throw error;
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, status: 400, error: "the body is not JSON" };
  }
}
