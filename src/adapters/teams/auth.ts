// Bot Framework authentication from the typed config. With no app id (local use only) requests
// are not authenticated; with one, every request must carry a valid Bot Framework token.
import {
  type Activity,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type InvokeResponse,
  type TurnContext,
} from "botbuilder";
import type { TeamsConfig } from "../../config.js";

/**
 * The Bot Framework adapter with its turn exposed: our HTTP listener reads and answers the
 * request itself (process() would print every refused token's stack trace to the console).
 */
export class TurnAdapter extends CloudAdapter {
  turn(
    authorization: string,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    return this.processActivity(authorization, activity, logic);
  }
}

export function createCloudAdapter(config: TeamsConfig): TurnAdapter {
  const settings = config.appId
    ? {
        MicrosoftAppId: config.appId,
        MicrosoftAppType: config.appType ?? "SingleTenant",
        ...(config.password ? { MicrosoftAppPassword: config.password } : {}),
        ...(config.tenantId ? { MicrosoftAppTenantId: config.tenantId } : {}),
      }
    : {};
  return new TurnAdapter(new ConfigurationBotFrameworkAuthentication(settings));
}
