// Bot Framework authentication from the typed config. With no app id (local use only) requests
// are not authenticated; with one, every request must carry a valid Bot Framework token.
import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from "botbuilder";
import type { TeamsConfig } from "../../config.js";

export function createCloudAdapter(config: TeamsConfig): CloudAdapter {
  const settings = config.appId
    ? {
        MicrosoftAppId: config.appId,
        MicrosoftAppType: config.appType ?? "SingleTenant",
        ...(config.password ? { MicrosoftAppPassword: config.password } : {}),
        ...(config.tenantId ? { MicrosoftAppTenantId: config.tenantId } : {}),
      }
    : {};
  return new CloudAdapter(new ConfigurationBotFrameworkAuthentication(settings));
}
