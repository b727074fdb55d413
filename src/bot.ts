// The composition root, apart from the process: config → knowledge → core → store → adapters →
// server. main.ts runs it; tests build it with their own config and a fake Slack.

import { rateLimits } from "./adapters/rate-limits.js";
import { createSlackAdapter, type SlackAdapter } from "./adapters/slack/app.js";
import { slackGate } from "./adapters/slack/gate.js";
import { createCloudAdapter } from "./adapters/teams/auth.js";
import { createTeamsBot } from "./adapters/teams/bot.js";
import { teamsRequestListener } from "./adapters/teams/http.js";
import type { Config } from "./config.js";
import type { Srm } from "./core/srm.js";
import {
  type BotServer,
  buildServer,
  DEFAULT_LIMITS,
  type Route,
  type ServerLimits,
} from "./server.js";
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

/** Limits a test may shorten; the defaults are the production ones. */
export interface BotTuning {
  readonly limits?: Partial<ServerLimits>;
  /** How long a Teams turn may take, its replies to the connector included (ms). */
  readonly teamsTurnTimeout?: number;
}

export function buildBot(
  config: Config,
  srm: Srm,
  store: Store = new MemoryStore(),
  log: (message: string) => void = (m) => console.error(`srm-bot: ${m}`),
  tuning: BotTuning = {},
): Bot {
  const limits = rateLimits(config.rateLimit);
  const slack = config.slack
    ? createSlackAdapter(
        config.slack,
        {
          srm,
          store,
          limits,
          ...(config.slack.escalationChannel
            ? { escalationChannel: config.slack.escalationChannel }
            : {}),
        },
        config.logLevel,
      )
    : undefined;
  const routes: Route[] = [];
  if (slack?.requestListener && config.slack) {
    const handler = slackGate(slack.requestListener, {
      signingSecret: config.slack.signingSecret,
      store,
    });
    routes.push({ method: "POST", path: "/slack/events", handler });
  }
  if (config.teams) {
    const handler = teamsRequestListener(
      createCloudAdapter(config.teams),
      createTeamsBot({ srm, store, limits }),
      log,
      {
        loopbackServiceUrlOnly: config.teams.appId === undefined,
        turnTimeout: tuning.teamsTurnTimeout ?? 10_000,
      },
    );
    routes.push({ method: "POST", path: "/api/messages", handler });
  }
  const http = buildServer(routes, { ...DEFAULT_LIMITS, ...tuning.limits });
  return {
    srm,
    store,
    ...(slack ? { slack } : {}),
    http,
    start: async () => {
      await slack?.start();
    },
    stop: async () => {
      // Stop taking requests first (readiness turns 503 at once), then let the platforms go.
      const closing = http.close();
      await slack?.stop();
      await closing;
    },
  };
}
