// The bot token a daily tip is posted with, across workspaces: the team's installation, opened
// by the same store that authorizes requests (so an uninstall drops it for both at once). A team
// that is not (or no longer) installed has none.
import type { InstallationStore } from "@slack/bolt";
import type { SlackTokenFor } from "../post-tip.js";

export function installedTokens(installations: Required<InstallationStore>): SlackTokenFor {
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
