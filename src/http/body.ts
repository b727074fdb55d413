// Request bodies read with a bound: a body longer than the limit is refused from its
// Content-Length before a byte is buffered, and while reading when the length is not declared.
import type { IncomingMessage } from "node:http";
import getRawBody from "raw-body";

/** Every route reads at most this much: Slack and Bot Framework payloads are a few KB. */
export const MAX_BODY_BYTES = 256 * 1024;

export class BodyError extends Error {
  constructor(
    readonly status: 400 | 413,
    message: string,
  ) {
    super(message);
  }
}

/** Whether the declared length is already over the limit: answer 413 without reading. */
export function declaredTooLarge(req: IncomingMessage, limit = MAX_BODY_BYTES): boolean {
  const declared = Number(req.headers["content-length"]);
  return Number.isFinite(declared) && declared > limit;
}

/** The whole body, or a BodyError: 413 past the limit, 400 when the stream breaks off. */
export async function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<Buffer> {
  if (declaredTooLarge(req, limit)) throw new BodyError(413, "the body is too large");
  try {
    return await getRawBody(req, { limit, length: req.headers["content-length"] ?? null });
  } catch (error) {
    const type = (error as { type?: unknown }).type;
    if (type === "entity.too.large") throw new BodyError(413, "the body is too large");
    throw new BodyError(400, "the body could not be read");
  }
}
