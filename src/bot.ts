// The composition root, apart from the process: config → knowledge → core → store → adapters →
// server. main.ts runs it; tests build it with their own config and a fake Slack.

import { createSlackAdapter, type SlackAdapter } from "./adapters/slack/app.js";
import { createCloudAdapter } from "./adapters/teams/auth.js";
import { createTeamsBot } from "./adapters/teams/bot.js";
import { teamsRequestListener } from "./adapters/teams/http.js";
import type { Config } from "./config.js";
import type { Srm } from "./core/srm.js";
import { type BotServer, buildServer, type Route } from "./server.js";
import { MemoryStore } from "./store/memory-store.js";
import type { Store } from "./store/store.js";

export interface Bot {
  readonly srm: Srm;
  readonly store: Store;
  readonly slack?: SlackAdapter;
  readonly http: BotServer;
  start(): Promise<void>;
  stop(): Promise<void>;
}

export function buildBot(
  config: Config,
  srm: Srm,
  store: Store = new MemoryStore(),
  log: (message: string) => void = (m) => console.error(`srm-bot: ${m}`),
): Bot {
  const slack = config.slack
    ? createSlackAdapter(
        config.slack,
        {
          srm,
          store,
          ...(config.slack.escalationChannel
            ? { escalationChannel: config.slack.escalationChannel }
            : {}),
        },
        config.logLevel,
      )
    : undefined;
  const routes: Route[] = [];
  if (slack?.requestListener)
    routes.push({ method: "POST", path: "/slack/events", handler: slack.requestListener });
  if (config.teams) {
    const handler = teamsRequestListener(
      createCloudAdapter(config.teams),
      createTeamsBot({ srm, store }),
      log,
    );
    routes.push({ method: "POST", path: "/api/messages", handler });
  }
  const http = buildServer(routes);
  return {
    srm,
    store,
    ...(slack ? { slack } : {}),
    http,
    start: async () => {
      await slack?.start();
    },
    stop: async () => {
      await slack?.stop();
      await http.close();
    },
  };
}
