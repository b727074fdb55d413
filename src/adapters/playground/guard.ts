// What every playground response carries and every request must pass: security headers that
// keep the page to its own files (no inline script, no framing, no referrer), and, while the
// server listens on loopback, a loopback Host header, so a web page elsewhere cannot reach the
// playground by pointing its own name at 127.0.0.1 (DNS rebinding).
import type { IncomingMessage, ServerResponse } from "node:http";
import { isLoopbackHost } from "../../config.js";

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "content-security-policy": [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self'",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join("; "),
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "referrer-policy": "no-referrer",
  "cross-origin-opener-policy": "same-origin",
  "cross-origin-resource-policy": "same-origin",
};

/** Whether the request may be answered: false when a loopback server is reached by another name. */
export function hostAllowed(req: IncomingMessage, listenHost: string): boolean {
  if (!isLoopbackHost(listenHost)) return true;
  try {
    return isLoopbackHost(new URL(`http://${req.headers.host ?? ""}`).hostname);
  } catch {
    return false;
  }
}

/** A request from a page on another origin (the browser names it in Origin). */
export function crossOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return false;
  try {
    return new URL(origin).host !== req.headers.host;
  } catch {
    return true;
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    "content-type": "application/json; charset=utf-8",
    "cache-control": "no-store",
  });
  res.end(JSON.stringify(body));
}
