// Slack across workspaces: Bolt's OAuth installer (InstallProvider, from @slack/oauth) inside
// our HTTP receiver, with the installations sealed in our database. GET /slack/install serves
// the "Add to Slack" page and sets the state cookie; GET /slack/oauth_redirect checks the state
// (signed with SLACK_STATE_SECRET and bound to that cookie), exchanges the code with
// oauth.v2.access and saves the installation. Requests are then authorized per team from the
// store: the installation holds the bot token, bot id and bot user id, so no auth.test is made
// on the request path. Uninstalling the app, or revoking its bot token, deletes the installation.
import type {
  App,
  HTTPReceiverOptions,
  InstallationStore,
  Logger as SlackLogger,
} from "@slack/bolt";
import type { SlackConfig, SlackOAuthConfig } from "../../../config.js";
import type { Logger } from "../../../observability/logger.js";

export const INSTALL_PATH = "/slack/install";
export const REDIRECT_PATH = "/slack/oauth_redirect";

/** The bot scopes asked for at install: the same list as manifests/slack/manifest.yaml. */
export const BOT_SCOPES: readonly string[] = [
  "commands",
  "app_mentions:read",
  "chat:write",
  "im:history",
  "channels:history",
  "users:read",
  "files:write",
];

type InstallerReceiverOptions = Pick<
  HTTPReceiverOptions,
  "clientId" | "clientSecret" | "stateSecret" | "installationStore" | "scopes" | "installerOptions"
>;

/** What the HTTP receiver needs to run Bolt's installer on our store. */
export function installerReceiverOptions(
  oauth: SlackOAuthConfig,
  config: Pick<SlackConfig, "apiUrl">,
  installations: InstallationStore,
): InstallerReceiverOptions {
  return {
    clientId: oauth.clientId,
    clientSecret: oauth.clientSecret,
    stateSecret: oauth.stateSecret,
    installationStore: installations,
    scopes: [...BOT_SCOPES],
    installerOptions: {
      installPath: INSTALL_PATH,
      redirectUriPath: REDIRECT_PATH,
      // The code exchange (oauth.v2.access, then one auth.test for the bot id) goes to the same
      // Web API as everything else: a fake one in tests.
      ...(config.apiUrl ? { clientOptions: { slackApiUrl: config.apiUrl } } : {}),
    },
  };
}

/**
 * `app_uninstalled` and `tokens_revoked` (Bolt delivers both without authorizing them, so they
 * arrive for a team whose installation is already gone): the installation is deleted, for
 * tokens_revoked only when the bot token is among the revoked (the app asks no user token).
 */
export function registerInstallationEvents(
  app: App,
  installations: Required<InstallationStore>,
  logger: Logger,
): void {
  app.event("app_uninstalled", async ({ context }) => {
    await forget(installations, context, logger, "app_uninstalled");
  });
  app.event("tokens_revoked", async ({ event, context }) => {
    if ((event.tokens.bot ?? []).length === 0) return;
    await forget(installations, context, logger, "tokens_revoked");
  });
}

interface Team {
  readonly teamId?: string | undefined;
  readonly enterpriseId?: string | undefined;
  readonly isEnterpriseInstall?: boolean | undefined;
}

/** Deleted through the same store that opens installations, so it forgets its open copy too. */
async function forget(
  installations: Required<InstallationStore>,
  team: Team,
  logger: Logger,
  why: string,
) {
  const isEnterpriseInstall = team.isEnterpriseInstall === true;
  await installations.deleteInstallation({
    enterpriseId: team.enterpriseId,
    teamId: isEnterpriseInstall ? undefined : team.teamId,
    isEnterpriseInstall,
  });
  logger.info(
    { teamId: team.teamId, enterpriseId: team.enterpriseId, isEnterpriseInstall, why },
    "Slack: installation deleted",
  );
}

/** Token-shaped strings (xoxb-, xoxp-, xapp-, …) and client secrets in Bolt's log lines. */
const SECRETS: readonly [RegExp, string][] = [
  [/\bx(?:ox[a-z]|app)-[A-Za-z0-9-]+/g, "[redacted token]"],
  [/("?client_secret"?\s*[:=]\s*"?)[^"&,\s}]+/g, "$1[redacted]"],
];

/**
 * Bolt's logger with secrets scrubbed from the strings it logs. The pino redaction covers the
 * objects we log; Bolt, the Web API client and the installer log strings, which it cannot see
 * into (at debug, the code exchange's body holds the client secret).
 */
export function scrubbed(logger: SlackLogger): SlackLogger {
  const clean = (args: unknown[]) =>
    args.map((a) => {
      let text = typeof a === "string" ? a : String(a);
      for (const [pattern, replacement] of SECRETS) text = text.replace(pattern, replacement);
      return text;
    });
  return {
    debug: (...args) => logger.debug(...clean(args)),
    info: (...args) => logger.info(...clean(args)),
    warn: (...args) => logger.warn(...clean(args)),
    error: (...args) => logger.error(...clean(args)),
    setLevel: (level) => logger.setLevel(level),
    getLevel: () => logger.getLevel(),
    setName: (name) => logger.setName(name),
  };
}
