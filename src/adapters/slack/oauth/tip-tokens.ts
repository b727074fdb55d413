// The bot token a daily tip is posted with, across workspaces: the team's installation, opened
// from the encrypted store. A team that is not (or no longer) installed has none.
import type { Logger } from "../../../observability/logger.js";
import type { InstallationStore as Installations } from "../../../store/extras.js";
import type { SlackTokenFor } from "../post-tip.js";
import { encryptedInstallationStore } from "./installation-store.js";

export function installedTokens(
  store: Installations,
  key: Uint8Array,
  logger: Logger,
): SlackTokenFor {
  const installations = encryptedInstallationStore(store, key, logger);
  return async (team) => {
    if (!team) return undefined;
    try {
      const installation = await installations.fetchInstallation({
        teamId: team,
        enterpriseId: undefined,
        isEnterpriseInstall: false,
      });
      return installation.bot?.token;
    } catch {
      return undefined; // not installed, or a record that does not open (already logged)
    }
  };
}
