// What the start-up log says about a configuration: where it listens, its database, and which
// platforms are on and how to turn on the others. Never a secret: a database URL shows only
// its host and database.
import type { Config } from "./config.js";

/** What is on and how to turn on what is off: safe to log, it holds no secret. */
export function describeConfig(config: Config): string[] {
  const lines = [`listening on ${config.host}:${config.port}`, databaseLine(config)];
  if (config.slack) {
    lines.push(
      `Slack: on, ${config.slack.appToken ? "Socket Mode" : "HTTP at POST /slack/events"}`,
    );
    if (config.slack.oauth)
      lines.push(
        "Slack: any workspace can install it at GET /slack/install (OAuth redirect: GET /slack/oauth_redirect); installations are kept encrypted in the database",
      );
    if (config.slack.escalationChannel)
      lines.push(`Slack: unknown answers can be escalated to ${config.slack.escalationChannel}`);
  } else {
    lines.push(
      "Slack: off (set SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN to turn it on; SLACK_APP_TOKEN for Socket Mode; or SLACK_CLIENT_ID, SLACK_CLIENT_SECRET, SLACK_STATE_SECRET and SRM_ENCRYPTION_KEY instead of SLACK_BOT_TOKEN for any workspace that installs it)",
    );
  }
  if (config.teams?.appId) {
    lines.push(
      `Teams: on at POST /api/messages, authenticated (${config.teams.appType}, app ${config.teams.appId})`,
    );
  } else if (config.teams) {
    lines.push(
      "Teams: on at POST /api/messages WITHOUT authentication, on loopback only and answering only a loopback serviceUrl, for local testing (set MicrosoftAppId to authenticate)",
    );
  } else if (config.teamsOff) {
    lines.push(`Teams: off: ${config.teamsOff} (set MicrosoftAppId, or HOST=127.0.0.1)`);
  } else {
    lines.push(
      "Teams: off in production without an app registration (set MicrosoftAppId and MicrosoftAppTenantId, with MicrosoftAppPassword for SingleTenant or MicrosoftAppType=UserAssignedMSI)",
    );
  }
  lines.push(
    config.playground
      ? "Playground: on at GET / (SRM_PLAYGROUND=0 turns it off)"
      : "Playground: off (SRM_PLAYGROUND=1 turns it on)",
  );
  return lines;
}

function databaseLine(config: Config): string {
  const tips = config.tipScheduler
    ? "daily tips posted by this process"
    : "daily tips: SRM_TIPS=off, run `srm tips run` from a scheduler";
  if (config.database.kind === "postgres") {
    // The URL may hold a password: only its host and database are logged.
    const url = new URL(config.database.url);
    return `Database: PostgreSQL at ${url.hostname}:${url.port || 5432}${url.pathname}; ${tips}`;
  }
  return `Database: embedded (PGlite) in ${config.database.dataDir}, for one process; ${tips}`;
}
