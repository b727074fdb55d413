// The playground's routes, mounted by the composition root when the playground is on: the page
// and its files (GET), and the endpoints its chat box, Slack pane and Teams pane call (POST).
import type { AddressInfo } from "node:net";
import type { Route } from "../../server.js";
import { jsonEndpoint } from "./api.js";
import type { PlaygroundDeps } from "./messages.js";
import { answerSubmitted, answerTyped } from "./questions.js";
import { askRequest, slackActionRequest, teamsSubmitRequest } from "./requests.js";
import { answerSlackAction } from "./slack-actions.js";
import { serveFile, staticFiles } from "./static.js";

export type { PlaygroundDeps } from "./messages.js";

export const API = {
  ask: "/playground/api/ask",
  slackAction: "/playground/api/slack/actions",
  teamsSubmit: "/playground/api/teams/submit",
} as const;

export function playgroundRoutes(deps: PlaygroundDeps): Route[] {
  const files: Route[] = [...staticFiles()].map(([path, file]) => ({
    method: "GET",
    path,
    platform: "other",
    handler: serveFile(path, file, deps.host),
  }));
  const post = (path: string, handler: Route["handler"]): Route => ({
    method: "POST",
    path,
    platform: "other",
    handler,
  });
  return [
    ...files,
    post(
      API.ask,
      jsonEndpoint(deps, askRequest, (r) => answerTyped(deps, r)),
    ),
    post(
      API.slackAction,
      jsonEndpoint(deps, slackActionRequest, (r) => answerSlackAction(deps, r)),
    ),
    post(
      API.teamsSubmit,
      jsonEndpoint(deps, teamsSubmitRequest, (r) => answerSubmitted(deps, r)),
    ),
  ];
}

/** The address to open, for the start-up log: localhost when the server listens on loopback or everywhere. */
export function playgroundUrl(address: AddressInfo | string | null, host: string): string {
  const port = typeof address === "object" && address ? address.port : 0;
  const wide = ["0.0.0.0", "::", "127.0.0.1", "::1", "localhost"].includes(host);
  const name = wide ? "localhost" : host.includes(":") ? `[${host}]` : host;
  return `http://${name}:${port}/`;
}
