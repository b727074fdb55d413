// The Teams endpoint in one call, so the composition root can import it (and botbuilder, about
// 14 MB of heap) only when Teams is configured.
import type { RequestListener } from "node:http";
import type { TeamsConfig } from "../../config.js";
import type { Logger } from "../../observability/logger.js";
import { createCloudAdapter } from "./auth.js";
import { createTeamsBot, type TeamsDeps } from "./bot.js";
import { teamsRequestListener } from "./http.js";

export function teamsEndpoint(
  config: TeamsConfig,
  deps: TeamsDeps,
  logger: Logger,
  turnTimeout: number,
): RequestListener {
  return teamsRequestListener(createCloudAdapter(config), createTeamsBot(deps), logger, {
    loopbackServiceUrlOnly: config.appId === undefined,
    turnTimeout,
  });
}
