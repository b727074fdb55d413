// The bot's HTTP server, built apart from starting it: tests build one on port 0 and close it.
// Routes: GET /healthz, POST /slack/events (when Slack is on over HTTP). Anything else is 404.
import { createServer, type RequestListener, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface Route {
  readonly method: string;
  readonly path: string;
  readonly handler: RequestListener;
}

export interface BotServer {
  readonly server: Server;
  listen(port: number, host?: string): Promise<AddressInfo>;
  close(): Promise<void>;
}

export function buildServer(routes: readonly Route[]): BotServer {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    if (req.method === "GET" && path === "/healthz") {
      res.writeHead(200, { "content-type": "application/json" }).end('{"ok":true}');
      return;
    }
    const route = routes.find((r) => r.path === path);
    if (!route) {
      res.writeHead(404, { "content-type": "application/json" }).end('{"error":"not found"}');
      return;
    }
    if (req.method !== route.method) {
      res
        .writeHead(405, { allow: route.method, "content-type": "application/json" })
        .end('{"error":"method not allowed"}');
      return;
    }
    route.handler(req, res);
  });
  // Slack sends small bodies; a slow client may not hold a connection open forever.
  server.requestTimeout = 10_000;
  server.headersTimeout = 5_000;
  return {
    server,
    listen: (port, host = "127.0.0.1") =>
      new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(port, host, () => resolve(server.address() as AddressInfo));
      }),
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
