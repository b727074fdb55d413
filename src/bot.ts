// The composition root, apart from the process: config → knowledge → core → store → adapters →
// server. main.ts runs it; tests build it with their own config and a fake Slack.

import { playgroundRoutes, playgroundUrl } from "./adapters/playground/routes.js";
import { rateLimits } from "./adapters/rate-limits.js";
import { createSlackAdapter, type SlackAdapter } from "./adapters/slack/app.js";
import { slackGate } from "./adapters/slack/gate.js";
import { installedTokens } from "./adapters/slack/oauth/tip-tokens.js";
import { type SlackTokenFor, slackTipPoster } from "./adapters/slack/post-tip.js";
import { type TipPass, type TipPosters, tipPass } from "./adapters/tip-posting.js";
import type { Config, SlackConfig } from "./config.js";
import type { Srm } from "./core/srm.js";
import { createLogger, type Logger, sampledWarn } from "./observability/logger.js";
import { BotMetrics } from "./observability/metrics.js";
import {
  type BotServer,
  buildServer,
  DEFAULT_LIMITS,
  type Route,
  type ServerLimits,
} from "./server.js";
import { MemoryStore } from "./store/memory-store.js";
import { resilientStore } from "./store/resilient.js";
import type { Store } from "./store/store.js";
import { startTipScheduler, type TipScheduler } from "./tips/index.js";

export interface Bot {
  readonly srm: Srm;
  readonly store: Store;
  readonly slack?: SlackAdapter;
  readonly http: BotServer;
  readonly logger: Logger;
  readonly metrics: BotMetrics;
  /** One pass of the daily tips at `now` (the server runs one a minute when SRM_TIPS is on). */
  readonly runTips: TipPass;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** What a caller may give the bot; each has a production default. */
export interface BotOptions {
  readonly store?: Store;
  /** Default: JSON lines on stdout at the configured level. */
  readonly logger?: Logger;
  /** Limits a test may shorten. */
  readonly limits?: Partial<ServerLimits>;
  /** How long a Teams turn may take, its replies to the connector included (ms). */
  readonly teamsTurnTimeout?: number;
}

/** Builds the bot; the Teams adapter (botbuilder) is loaded only when Teams is configured. */
export async function buildBot(config: Config, srm: Srm, options: BotOptions = {}): Promise<Bot> {
  const logger = options.logger ?? createLogger(config.logLevel);
  const store = resilientStore(options.store ?? new MemoryStore(), storeFailureLog(logger));
  const metrics = new BotMetrics();
  const limits = rateLimits(config.rateLimit);
  const slack = config.slack
    ? createSlackAdapter(config.slack, {
        srm,
        store,
        limits,
        metrics,
        logger,
        ...(config.slack.escalationChannel
          ? { escalationChannel: config.slack.escalationChannel }
          : {}),
      })
    : undefined;
  const routes: Route[] = [];
  const posters: { -readonly [K in keyof TipPosters]: TipPosters[K] } = {};
  if (config.slack)
    posters.slack = slackTipPoster(slackTokens(config.slack, slack), config.slack.apiUrl);
  if (slack?.requestListener && config.slack) {
    const handler = slackGate(slack.requestListener, {
      signingSecret: config.slack.signingSecret,
      store,
    });
    routes.push({ method: "POST", path: "/slack/events", platform: "slack", handler });
  }
  // Installing across workspaces: a browser's GETs, guarded by the OAuth state, not signed.
  for (const { path, handler } of slack?.installRoutes ?? [])
    routes.push({ method: "GET", path, platform: "slack", handler });
  if (config.teams) {
    const { teamsEndpoint } = await import("./adapters/teams/mount.js");
    const deps = { srm, store, limits, metrics };
    const teams = teamsEndpoint(config.teams, deps, logger, options.teamsTurnTimeout ?? 10_000);
    routes.push({
      method: "POST",
      path: "/api/messages",
      platform: "teams",
      handler: teams.handler,
    });
    posters.teams = teams.postTip;
  }
  // The local playground (issue 12): the page at GET / and its JSON endpoints.
  if (config.playground)
    routes.push(...playgroundRoutes({ srm, store, logger, host: config.host }));
  const http = buildServer(
    routes,
    { ...DEFAULT_LIMITS, ...options.limits },
    {
      logger,
      metrics,
      database: () => store.ping(),
    },
  );
  const runTips = tipPass({ srm, store, logger, posters });
  let scheduler: TipScheduler | undefined;
  return {
    srm,
    store,
    ...(slack ? { slack } : {}),
    http,
    logger,
    metrics,
    runTips,
    start: async () => {
      await slack?.start();
      if (config.tipScheduler) {
        scheduler = startTipScheduler({
          run: runTips,
          onError: (error) => logger.error({ err: String(error) }, "daily tips: a pass failed"),
        });
      }
      if (config.playground)
        logger.info(`playground: open ${playgroundUrl(http.server.address(), config.host)}`);
    },
    stop: async () => {
      // Stop taking requests first (readiness turns 503 at once), then let the platforms go.
      const closing = http.close();
      scheduler?.stop();
      await slack?.stop();
      await closing;
    },
  };
}

/** A database failure on the answer path: answered anyway, logged at most once a minute. */
function storeFailureLog(logger: Logger): (method: string, error: unknown) => void {
  const warn = sampledWarn(logger);
  return (method, error) =>
    warn(
      `store-${method}`,
      `the database failed (${method}); answering without it: ${String(error)}`,
    );
}

/** Tips are posted with the one bot token, or across workspaces with each team's own. */
function slackTokens(config: SlackConfig, slack: SlackAdapter | undefined): SlackTokenFor {
  if (slack?.installations) return installedTokens(slack.installations);
  const token = config.botToken;
  return async () => token;
}
