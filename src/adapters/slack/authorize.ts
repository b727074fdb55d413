// Who the bot is (its bot id and user id, which Bolt needs to ignore its own messages), found
// without a Slack Web API round trip on the request path: given in the environment, or learnt
// from one `auth.test` started by the first request and never awaited by any. While Slack's API
// is unreachable, requests are still served; the ids are asked again at most once a minute.
import { type Authorize, type Logger, webApi } from "@slack/bolt";
import type { SlackConfig } from "../../config.js";

const RETRY_MS = 60_000;

export function onceAuthorized(
  config: SlackConfig,
  logger: Logger,
  now: () => number = Date.now,
): Authorize<boolean> {
  const token = config.botToken;
  // Many workspaces (OAuth) are authorized by Bolt's installer instead: see oauth/index.ts.
  if (!token) throw new Error("onceAuthorized is for one workspace: SLACK_BOT_TOKEN is not set");
  if (config.botId && config.botUserId) {
    const ids = { botToken: token, botId: config.botId, botUserId: config.botUserId };
    return async () => ids;
  }
  const client = new webApi.WebClient(token, {
    ...(config.apiUrl ? { slackApiUrl: config.apiUrl } : {}),
    retryConfig: { retries: 0 },
    logger,
    timeout: 5_000,
  });
  let known: { botId?: string; botUserId?: string } | undefined;
  let nextTry = 0;
  const learn = () => {
    nextTry = now() + RETRY_MS;
    client.auth
      .test()
      .then((r) => {
        known = {
          ...(typeof r.bot_id === "string" ? { botId: r.bot_id } : {}),
          ...(typeof r.user_id === "string" ? { botUserId: r.user_id } : {}),
        };
      })
      .catch(() => {}); // unreachable now: asked again after RETRY_MS
  };
  return async () => {
    if (!known && now() >= nextTry) learn();
    return { botToken: token, ...known };
  };
}
