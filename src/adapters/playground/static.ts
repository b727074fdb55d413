// The page's files, served from a fixed list: a path not on it is 404, so no request can read
// another file (../, encoded slashes and dots included). The Adaptive Cards renderer comes from
// node_modules, so the page works offline and loads nothing from elsewhere.
import { readFile } from "node:fs/promises";
import type { RequestListener } from "node:http";
import { createRequire } from "node:module";
import { extname } from "node:path";
import { fileURLToPath } from "node:url";
import { hostAllowed, SECURITY_HEADERS, sendJson } from "./guard.js";

// src/adapters/playground and dist/adapters/playground both sit three folders below the root.
const pageDir = new URL("../../../playground/", import.meta.url);
const page = (name: string) => fileURLToPath(new URL(name, pageDir));
const modules = createRequire(import.meta.url);

const PAGE_FILES = [
  "app.js",
  "api.js",
  "view.js",
  "slack-pane.js",
  "teams-pane.js",
  "card-markdown.js",
  "copy.js",
  "style.css",
  "slack.css",
  "teams.css",
  "favicon.svg",
];

/** URL path → file on disk: everything the page may load. */
export function staticFiles(): ReadonlyMap<string, string> {
  return new Map([
    ["/", page("index.html")],
    ...PAGE_FILES.map((name): [string, string] => [`/playground/${name}`, page(name)]),
    [
      "/playground/vendor/adaptivecards.min.js",
      modules.resolve("adaptivecards/dist/adaptivecards.min.js"),
    ],
  ]);
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
};

/** Serves one file at exactly one path; the raw path must match too (no dot or %-segments). */
export function serveFile(path: string, file: string, listenHost: string): RequestListener {
  return (req, res) => {
    const raw = (req.url ?? "").split("?")[0];
    if (raw !== path) return sendJson(res, 404, { error: "not found" });
    if (!hostAllowed(req, listenHost)) return sendJson(res, 403, { error: "unknown host name" });
    readFile(file).then(
      (body) => {
        res.writeHead(200, {
          ...SECURITY_HEADERS,
          "content-type": TYPES[extname(file)] ?? "application/octet-stream",
          "cache-control": "no-cache",
        });
        res.end(body);
      },
      () => sendJson(res, 404, { error: "not found" }),
    );
  };
}
