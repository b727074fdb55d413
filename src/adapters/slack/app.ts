// Builds the Slack app: Bolt over HTTP (its receiver's request listener is mounted on our own
// server) or over Socket Mode. Start-up never calls Slack: the token is checked on first use.

import type { RequestListener } from "node:http";
import { App, HTTPReceiver, type InstallationStore } from "@slack/bolt";
import type { SlackConfig } from "../../config.js";
import { boltLogger } from "../../observability/logger.js";
import { withDeadline } from "../deadline.js";
import { onceAuthorized } from "./authorize.js";
import type { SlackDeps } from "./context.js";
import { onceEach } from "./dedupe.js";
import { limited } from "./limit.js";
import { registerListeners } from "./listeners/index.js";
import {
  INSTALL_PATH,
  installerReceiverOptions,
  REDIRECT_PATH,
  registerInstallationEvents,
  scrubbed,
} from "./oauth/index.js";
import { encryptedInstallationStore } from "./oauth/installation-store.js";

export interface SlackAdapter {
  readonly app: App;
  /**
   * Mount at POST /slack/events, behind slackGate only (it verifies the signatures; this does
   * not): events, commands and interactivity. Absent in Socket Mode.
   */
  readonly requestListener?: RequestListener;
  /**
   * With OAuth (many workspaces): GET /slack/install and GET /slack/oauth_redirect, not signed
   * by Slack (a browser calls them) but guarded by the installer's state and its cookie.
   */
  readonly installRoutes?: readonly { readonly path: string; readonly handler: RequestListener }[];
  /** With OAuth: the store that opens each team's installation (the daily tip posts with it). */
  readonly installations?: Required<InstallationStore>;
  /** Connects Socket Mode; nothing to do over HTTP. */
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** How long a stop waits for answers still owed. */
const DRAIN_MS = 10_000;

export function createSlackAdapter(config: SlackConfig, deps: SlackDeps): SlackAdapter {
  const logger = scrubbed(boltLogger(deps.logger));
  const common = {
    // Who the bot is comes without a Web API call on the request path; no conversation store.
    // With OAuth, Bolt authorizes each team from its installation (which holds the bot's ids).
    ...(config.oauth ? {} : { authorize: onceAuthorized(config, logger) }),
    convoStore: false as const,
    logger,
    ignoreSelf: true,
    ...(config.apiUrl ? { clientOptions: { slackApiUrl: config.apiUrl } } : {}),
  };
  if (config.appToken) {
    const app = new App({
      ...common,
      appToken: config.appToken,
      socketMode: true,
      signingSecret: config.signingSecret,
    });
    const work = wire(app, deps);
    return {
      app,
      start: async () => void (await app.start()),
      stop: async () => {
        await work.drain(DRAIN_MS);
        await app.stop();
      },
    };
  }
  // One store opens installations for requests and deletes them on uninstall: its open copies
  // are dropped with the record.
  const installations = config.oauth
    ? encryptedInstallationStore(deps.store, config.oauth.encryptionKey, deps.logger)
    : undefined;
  const receiver = new HTTPReceiver({
    signingSecret: config.signingSecret,
    endpoints: "/slack/events",
    logger,
    // Acknowledge first, then answer: Slack wants every request acked within 3 seconds.
    processBeforeResponse: false,
    // The gate in front (slack/gate.ts) has verified the signature and the timestamp of every
    // request that reaches this listener; the listener is mounted only behind it (bot.ts).
    signatureVerification: false,
    ...(config.oauth && installations
      ? installerReceiverOptions(config.oauth, config, installations)
      : {}),
  });
  const app = new App({ ...common, receiver });
  const work = wire(app, deps);
  if (installations) registerInstallationEvents(app, installations, deps.logger);
  return {
    app,
    requestListener: receiver.requestListener,
    ...(config.oauth
      ? {
          installRoutes: [INSTALL_PATH, REDIRECT_PATH].map((path) => ({
            path,
            handler: receiver.requestListener,
          })),
        }
      : {}),
    ...(installations ? { installations } : {}),
    start: async () => {},
    // Answers owed after an acknowledgment (a mention's reply) are finished before the stop.
    stop: () => work.drain(DRAIN_MS),
  };
}

/** The listeners still at work (answers owed after an acknowledgment), so a stop can wait. */
interface Work {
  /** Resolves when every listener at work is done, or after `ms`. */
  drain(ms: number): Promise<void>;
}

function wire(app: App, deps: SlackDeps): Work {
  const working = new Set<Promise<unknown>>();
  app.use(async ({ next }) => {
    const done = next();
    working.add(done);
    try {
      await done;
    } finally {
      working.delete(done);
    }
  });
  app.use(onceEach());
  app.use(limited(deps.limits));
  registerListeners(app, deps);
  app.error(async (error) => {
    deps.logger.error({ err: error.message }, "Slack listener failed");
  });
  return {
    drain: async (ms) => {
      await withDeadline(Promise.allSettled([...working]), ms);
    },
  };
}
