// The Teams endpoint in one call, so the composition root can import it (and botbuilder, about
// 14 MB of heap) only when Teams is configured: the request listener for POST /api/messages and
// the poster of daily tips, over one Bot Framework adapter.
import type { RequestListener } from "node:http";
import type { TeamsConfig } from "../../config.js";
import type { Logger } from "../../observability/logger.js";
import { createCloudAdapter } from "./auth.js";
import { createTeamsBot, type TeamsDeps } from "./bot.js";
import { teamsRequestListener } from "./http.js";
import { type TeamsTipPoster, teamsTipPoster } from "./post-tip.js";

export interface TeamsEndpoint {
  readonly handler: RequestListener;
  readonly postTip: TeamsTipPoster;
}

export function teamsEndpoint(
  config: TeamsConfig,
  deps: TeamsDeps,
  logger: Logger,
  turnTimeout: number,
): TeamsEndpoint {
  const adapter = createCloudAdapter(config);
  const handler = teamsRequestListener(adapter, createTeamsBot(deps), logger, {
    loopbackServiceUrlOnly: config.appId === undefined,
    turnTimeout,
  });
  return { handler, postTip: teamsTipPoster(adapter, config.appId) };
}
