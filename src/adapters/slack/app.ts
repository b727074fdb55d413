// Builds the Slack app: Bolt over HTTP (its receiver's request listener is mounted on our own
// server) or over Socket Mode. Start-up never calls Slack: the token is checked on first use.

import type { RequestListener } from "node:http";
import { App, HTTPReceiver } from "@slack/bolt";
import type { SlackConfig } from "../../config.js";
import { boltLogger } from "../../observability/logger.js";
import { onceAuthorized } from "./authorize.js";
import type { SlackDeps } from "./context.js";
import { onceEach } from "./dedupe.js";
import { limited } from "./limit.js";
import { registerListeners } from "./listeners/index.js";

export interface SlackAdapter {
  readonly app: App;
  /** Mount at POST /slack/events: events, commands and interactivity. Absent in Socket Mode. */
  readonly requestListener?: RequestListener;
  /** Connects Socket Mode; nothing to do over HTTP. */
  start(): Promise<void>;
  stop(): Promise<void>;
}

export function createSlackAdapter(config: SlackConfig, deps: SlackDeps): SlackAdapter {
  const logger = boltLogger(deps.logger);
  const common = {
    // Who the bot is comes without a Web API call on the request path; no conversation store.
    authorize: onceAuthorized(config, logger),
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
    wire(app, deps);
    return {
      app,
      start: async () => void (await app.start()),
      stop: () => app.stop().then(() => undefined),
    };
  }
  const receiver = new HTTPReceiver({
    signingSecret: config.signingSecret,
    endpoints: "/slack/events",
    logger,
    // Acknowledge first, then answer: Slack wants every request acked within 3 seconds.
    processBeforeResponse: false,
  });
  const app = new App({ ...common, receiver });
  wire(app, deps);
  return {
    app,
    requestListener: receiver.requestListener,
    start: async () => {},
    stop: async () => {},
  };
}

function wire(app: App, deps: SlackDeps): void {
  app.use(onceEach());
  app.use(limited(deps.limits));
  registerListeners(app, deps);
  app.error(async (error) => {
    deps.logger.error({ err: error.message }, "Slack listener failed");
  });
}
