// The bot's HTTP server, built apart from starting it: tests build one on port 0 and close it.
// Routes: GET|HEAD /healthz (the process is up), GET|HEAD /readyz (it takes requests: 503 while
// draining), and the platform routes (POST). Anything else is 404. A body declared larger than
// the limit is refused before the route reads a byte; header, request and keep-alive timeouts
// are checked every second, so they fire when configured.
import { randomUUID } from "node:crypto";
import {
  createServer,
  type IncomingMessage,
  type RequestListener,
  type Server,
  type ServerResponse,
} from "node:http";
import type { AddressInfo } from "node:net";
import { declaredTooLarge } from "./http/body.js";
import type { Logger } from "./observability/logger.js";
import type { BotMetrics, Platform } from "./observability/metrics.js";

export interface Route {
  readonly method: string;
  readonly path: string;
  readonly platform: Platform;
  readonly handler: RequestListener;
}

/** Where the server reports each request: one JSON log line (debug) and its metrics. */
export interface Observers {
  readonly logger: Logger;
  readonly metrics: BotMetrics;
  /** Whether the database answers now, for /readyz; never throws. */
  readonly database?: () => Promise<boolean>;
}

export interface ServerLimits {
  /** A client must send its headers within this (ms). */
  readonly headersTimeout: number;
  /** …and its whole request within this (ms). */
  readonly requestTimeout: number;
  /** An idle keep-alive connection is closed after this (ms). */
  readonly keepAliveTimeout: number;
  /** How long a shutdown waits for requests in flight before closing their connections (ms). */
  readonly drainTimeout: number;
}

export const DEFAULT_LIMITS: ServerLimits = {
  headersTimeout: 5_000,
  requestTimeout: 10_000,
  keepAliveTimeout: 5_000,
  drainTimeout: 10_000,
};

export interface BotServer {
  readonly server: Server;
  listen(port: number, host?: string): Promise<AddressInfo>;
  /** Whether the server takes requests (false once a shutdown began). */
  readonly ready: boolean;
  /**
   * Stops taking connections, turns /readyz to 503, lets requests in flight finish (up to the
   * drain timeout) and closes.
   */
  close(): Promise<void>;
}

const JSON_TYPE = { "content-type": "application/json" };

export function buildServer(
  routes: readonly Route[],
  limits: ServerLimits,
  observers: Observers,
): BotServer {
  let draining = false;
  const server = createServer(
    {
      headersTimeout: limits.headersTimeout,
      requestTimeout: limits.requestTimeout,
      keepAliveTimeout: limits.keepAliveTimeout,
      // Node checks the two timeouts above only this often (30 s by default).
      connectionsCheckingInterval: 1_000,
    },
    (req, res) => {
      // Once a shutdown began, a connection closes as soon as its last response is sent.
      res.once("finish", () => draining && setImmediate(() => server.closeIdleConnections()));
      const path = new URL(req.url ?? "/", "http://localhost").pathname;
      const route = routes.find((r) => r.path === path);
      observe(req, res, route?.platform ?? (path in probes ? "probe" : "other"), observers);
      const { metrics } = observers;
      if (path === "/metrics") {
        return void serveRead(req, res, metrics.registry.contentType, async () => ({
          status: 200,
          body: await metrics.registry.metrics(),
        }));
      }
      const probe = probes[path];
      if (probe) {
        return void serveRead(req, res, JSON_TYPE["content-type"], async () => {
          const state = await probe(draining, observers.database);
          return { status: state.ok ? 200 : 503, body: JSON.stringify(state) };
        });
      }
      if (!route) return void res.writeHead(404, JSON_TYPE).end('{"error":"not found"}');
      if (req.method !== route.method) return refuseMethod(res, route.method);
      if (declaredTooLarge(req)) return refuseTooLarge(req, res);
      route.handler(req, res);
    },
  );
  return {
    server,
    get ready() {
      return !draining && server.listening;
    },
    listen: (port, host = "127.0.0.1") =>
      new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(port, host, () => resolve(server.address() as AddressInfo));
      }),
    close: () => {
      draining = true;
      return closeGracefully(server, limits.drainTimeout);
    },
  };
}

/**
 * Gives the request an id (the caller's `x-request-id` when it is a plain token, else a new
 * one), echoed in the response; when the response is done, logs one line at debug (warn for a
 * 5xx) and counts it. Headers, bodies and question text are never logged here.
 */
function observe(req: IncomingMessage, res: ServerResponse, platform: Platform, o: Observers) {
  const given = req.headers["x-request-id"];
  const id = typeof given === "string" && /^[\w.-]{1,64}$/.test(given) ? given : randomUUID();
  res.setHeader("x-request-id", id);
  const started = process.hrtime.bigint();
  res.once("finish", () => {
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    o.metrics.request(platform, res.statusCode, seconds);
    const failed = res.statusCode >= 500;
    // Built only when it is written: most requests are logged at debug, usually off.
    if (!failed && !o.logger.isLevelEnabled("debug")) return;
    const line = {
      reqId: id,
      method: req.method,
      platform,
      status: res.statusCode,
      ms: seconds * 1e3,
    };
    if (failed) o.logger.warn(line, "request failed");
    else o.logger.debug(line, "request");
  });
}

/** A read-only endpoint: GET gets the body, HEAD the same status and headers without it. */
async function serveRead(
  req: IncomingMessage,
  res: ServerResponse,
  contentType: string,
  read: () => Promise<{ status: number; body: string }>,
): Promise<void> {
  if (req.method !== "GET" && req.method !== "HEAD") return refuseMethod(res, "GET, HEAD");
  const { status, body } = await read();
  res.writeHead(status, { "content-type": contentType });
  res.end(req.method === "HEAD" ? undefined : body);
}

type Probe = (
  draining: boolean,
  database: Observers["database"],
) => Promise<{ ok: boolean; database?: boolean }>;

/**
 * /healthz: the process answers. /readyz: it takes requests, and says whether its database
 * answers. A database that is down does not make it unready: questions are answered without it
 * (from the knowledge base in memory), and taking every replica out of the load balancer
 * because of the database would stop all answers.
 */
const probes: Record<string, Probe> = {
  "/healthz": async () => ({ ok: true }),
  "/readyz": async (draining, database) => ({
    ok: !draining,
    ...(database ? { database: await database() } : {}),
  }),
};

function refuseMethod(res: Parameters<RequestListener>[1], allow: string): void {
  res.writeHead(405, { allow, ...JSON_TYPE }).end('{"error":"method not allowed"}');
}

/** 413 without reading the body; the connection closes so the unread bytes are not parsed. */
function refuseTooLarge(req: IncomingMessage, res: Parameters<RequestListener>[1]): void {
  res
    .writeHead(413, { connection: "close", ...JSON_TYPE })
    .end('{"error":"the body is too large"}');
  req.socket.once("finish", () => req.socket.destroy());
}

/** Stop accepting, let requests in flight finish, and force the rest closed at the deadline. */
function closeGracefully(server: Server, drainTimeout: number): Promise<void> {
  if (!server.listening) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const deadline = setTimeout(() => server.closeAllConnections(), drainTimeout);
    deadline.unref();
    server.close((error) => {
      clearTimeout(deadline);
      if (error) reject(error);
      else resolve();
    });
    // Connections with no request in flight close now; busy ones close after their response.
    server.closeIdleConnections();
  });
}
