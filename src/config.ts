// The environment, parsed once into a typed config. A platform is on when its settings are
// present; half of them stops the start with a message naming what is missing. Secrets are
// kept here and never printed: describeConfig() says what is on without them.
import { z } from "zod";

export interface SlackConfig {
  readonly signingSecret: string;
  /** One workspace (SLACK_BOT_TOKEN). Absent when `oauth` is set: then each team has its own. */
  readonly botToken?: string;
  /** Many workspaces: installed through OAuth, each team's token kept encrypted in the store. */
  readonly oauth?: SlackOAuthConfig;
  /** Socket Mode when set; HTTP otherwise. */
  readonly appToken?: string;
  /** The Slack Web API base URL: a fake one in tests. */
  readonly apiUrl?: string;
  /** The bot's ids, when given: then the bot never asks Slack who it is. */
  readonly botId?: string;
  readonly botUserId?: string;
  readonly escalationChannel?: string;
}

/** Distribution (SLACK_CLIENT_ID, …): GET /slack/install and the OAuth redirect, over HTTP. */
export interface SlackOAuthConfig {
  readonly clientId: string;
  readonly clientSecret: string;
  /** Signs the OAuth state parameter. */
  readonly stateSecret: string;
  /** SRM_ENCRYPTION_KEY: the 32-byte AES-256-GCM key the installations are sealed with. */
  readonly encryptionKey: Buffer;
}

export type TeamsAppType = "SingleTenant" | "UserAssignedMSI" | "MultiTenant";

export interface TeamsConfig {
  /** Empty for a local, unauthenticated endpoint (never in production). */
  readonly appId?: string;
  readonly password?: string;
  readonly tenantId?: string;
  readonly appType?: TeamsAppType;
}

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly logLevel: "debug" | "info" | "warn" | "error";
  readonly production: boolean;
  readonly knowledgeDir?: string;
  /** Questions a minute per person (a workspace gets ten times as many), or off. */
  readonly rateLimit: number | "off";
  readonly slack?: SlackConfig;
  /** Absent: the Teams endpoint is off (404). */
  readonly teams?: TeamsConfig;
  /** Why Teams is off although it was wanted, for the start-up log. */
  readonly teamsOff?: string;
  /** The local playground at GET /: on by default without Slack or Teams credentials. */
  readonly playground?: boolean;
  /** Where the bot keeps what it remembers: PostgreSQL, or the embedded database's folder. */
  readonly database: DatabaseConfig;
  /** Whether this process posts the daily tips itself (off: `srm tips run` from a cron job). */
  readonly tipScheduler: boolean;
}

export type DatabaseConfig =
  | { readonly kind: "postgres"; readonly url: string }
  | { readonly kind: "embedded"; readonly dataDir: string };

export class ConfigError extends Error {
  override name = "ConfigError";
}

const optional = z
  .string()
  .trim()
  .transform((s) => (s === "" ? undefined : s))
  .optional();

const env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  // Default: loopback while any platform runs unauthenticated, every interface otherwise.
  HOST: optional,
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
  NODE_ENV: optional,
  SRM_KNOWLEDGE_DIR: optional,
  SRM_RATE_LIMIT: z
    .union([z.literal("off"), z.coerce.number().int().min(1).max(100_000)])
    .default(20),
  SRM_PLAYGROUND: z.enum(["0", "1"]).optional(),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  SRM_DATA_DIR: z.string().min(1).default("./data"),
  SRM_TIPS: z.enum(["on", "off"]).default("on"),
  SLACK_SIGNING_SECRET: optional,
  SLACK_BOT_TOKEN: optional,
  SLACK_APP_TOKEN: optional,
  SLACK_API_URL: z.url({ protocol: /^https?$/ }).optional(),
  SRM_ESCALATION_CHANNEL: optional,
  SLACK_BOT_ID: optional,
  SLACK_BOT_USER_ID: optional,
  SLACK_CLIENT_ID: optional,
  SLACK_CLIENT_SECRET: optional,
  SLACK_STATE_SECRET: optional,
  SRM_ENCRYPTION_KEY: optional,
  MicrosoftAppId: optional,
  MicrosoftAppPassword: optional,
  MicrosoftAppTenantId: optional,
  MicrosoftAppType: z.enum(["SingleTenant", "UserAssignedMSI", "MultiTenant"]).optional(),
});

export function parseConfig(source: Record<string, string | undefined>): Config {
  const parsed = env.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`Invalid environment: ${problems.join("; ")}`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === "production";
  if (production && e.SLACK_API_URL?.startsWith("http:")) {
    throw new ConfigError("SLACK_API_URL must be an https URL in production.");
  }
  const { teams } = teamsOf(e);
  const unauthenticated = teams !== undefined && teams.appId === undefined;
  // Unauthenticated Teams answers anyone who can reach the port, so it listens on loopback only.
  const refused = unauthenticated && e.HOST !== undefined && !isLoopbackHost(e.HOST);
  // Playground: without credentials there is nothing public to serve, so it is on, on loopback.
  const credentials = Boolean(e.MicrosoftAppId) || slackOf(e).slack !== undefined;
  const playground = e.SRM_PLAYGROUND ? e.SRM_PLAYGROUND === "1" : !credentials;
  return {
    port: e.PORT,
    host: e.HOST ?? (unauthenticated || !credentials ? "127.0.0.1" : "0.0.0.0"),
    playground,
    logLevel: e.LOG_LEVEL,
    production,
    ...(e.SRM_KNOWLEDGE_DIR ? { knowledgeDir: e.SRM_KNOWLEDGE_DIR } : {}),
    rateLimit: e.SRM_RATE_LIMIT,
    database: e.DATABASE_URL
      ? { kind: "postgres", url: e.DATABASE_URL }
      : { kind: "embedded", dataDir: e.SRM_DATA_DIR },
    tipScheduler: e.SRM_TIPS === "on",
    ...slackOf(e),
    ...(teams && !refused ? { teams } : {}),
    ...(refused
      ? {
          teamsOff: `without MicrosoftAppId it only listens on loopback, and HOST is ${e.HOST}`,
        }
      : {}),
  };
}

/** 127.0.0.0/8, ::1 and localhost: only this machine can connect. */
export function isLoopbackHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, "").toLowerCase();
  return h === "localhost" || h === "::1" || /^127(?:\.\d{1,3}){3}$/.test(h);
}

function teamsOf(e: z.infer<typeof env>): { teams?: TeamsConfig } {
  if (!e.MicrosoftAppId) {
    const stray = [
      ["MicrosoftAppPassword", e.MicrosoftAppPassword],
      ["MicrosoftAppTenantId", e.MicrosoftAppTenantId],
      ["MicrosoftAppType", e.MicrosoftAppType],
    ].flatMap(([name, value]) => (value ? [name] : []));
    if (stray.length > 0)
      throw new ConfigError(
        `Teams is half configured: ${stray.join(", ")} set without MicrosoftAppId.`,
      );
    // No registration: a local endpoint for the playground and tests, never in production.
    return e.NODE_ENV === "production" ? {} : { teams: {} };
  }
  const appType =
    e.MicrosoftAppType ?? (e.MicrosoftAppPassword ? "SingleTenant" : "UserAssignedMSI");
  const needs: Record<TeamsAppType, [string, string | undefined][]> = {
    SingleTenant: [
      ["MicrosoftAppPassword", e.MicrosoftAppPassword],
      ["MicrosoftAppTenantId", e.MicrosoftAppTenantId],
    ],
    UserAssignedMSI: [["MicrosoftAppTenantId", e.MicrosoftAppTenantId]],
    MultiTenant: [["MicrosoftAppPassword", e.MicrosoftAppPassword]],
  };
  const missing = needs[appType].flatMap(([name, value]) => (value ? [] : [name]));
  if (missing.length > 0) {
    throw new ConfigError(
      `Teams (${appType}) is half configured: set ${missing.join(" and ")} as well.`,
    );
  }
  return {
    teams: {
      appId: e.MicrosoftAppId,
      appType,
      ...(e.MicrosoftAppPassword ? { password: e.MicrosoftAppPassword } : {}),
      ...(e.MicrosoftAppTenantId ? { tenantId: e.MicrosoftAppTenantId } : {}),
    },
  };
}

const OAUTH_SETTINGS = ["SLACK_CLIENT_ID", "SLACK_CLIENT_SECRET", "SLACK_STATE_SECRET"] as const;

function slackOf(e: z.infer<typeof env>): { slack?: SlackConfig } {
  // Checked whenever it is set, so a bad key stops the start before any install needs it.
  const encryptionKey = e.SRM_ENCRYPTION_KEY ? encryptionKeyOf(e.SRM_ENCRYPTION_KEY) : undefined;
  const oauthSet = OAUTH_SETTINGS.filter((name) => e[name]);
  const present = [e.SLACK_SIGNING_SECRET, e.SLACK_BOT_TOKEN, e.SLACK_APP_TOKEN].some(Boolean);
  if (!present && oauthSet.length === 0) return {};
  if (oauthSet.length > 0) return { slack: slackOAuthOf(e, oauthSet, encryptionKey) };
  const missing = [
    ["SLACK_SIGNING_SECRET", e.SLACK_SIGNING_SECRET],
    ["SLACK_BOT_TOKEN", e.SLACK_BOT_TOKEN],
  ].flatMap(([name, value]) => (value ? [] : [name]));
  if (missing.length > 0) {
    // Without SLACK_BOT_TOKEN the choice is one workspace or many: both are named.
    const many = missing.includes("SLACK_BOT_TOKEN")
      ? ` (one workspace; for any workspace that installs the app, set ${OAUTH_SETTINGS.join(", ")} and SRM_ENCRYPTION_KEY instead)`
      : "";
    throw new ConfigError(
      `Slack is half configured: set ${missing.join(" and ")} as well${many}, or unset the other SLACK_ settings.`,
    );
  }
  if (e.SLACK_BOT_TOKEN && !e.SLACK_BOT_TOKEN.startsWith("xoxb-")) {
    throw new ConfigError("SLACK_BOT_TOKEN must be a bot token (it starts with xoxb-).");
  }
  if (e.SLACK_APP_TOKEN && !e.SLACK_APP_TOKEN.startsWith("xapp-")) {
    throw new ConfigError("SLACK_APP_TOKEN must be an app-level token (it starts with xapp-).");
  }
  return {
    slack: {
      signingSecret: e.SLACK_SIGNING_SECRET as string,
      botToken: e.SLACK_BOT_TOKEN as string,
      ...(e.SLACK_APP_TOKEN ? { appToken: e.SLACK_APP_TOKEN } : {}),
      ...(e.SLACK_API_URL ? { apiUrl: e.SLACK_API_URL } : {}),
      ...(e.SLACK_BOT_ID ? { botId: e.SLACK_BOT_ID } : {}),
      ...(e.SLACK_BOT_USER_ID ? { botUserId: e.SLACK_BOT_USER_ID } : {}),
      ...(e.SRM_ESCALATION_CHANNEL ? { escalationChannel: e.SRM_ESCALATION_CHANNEL } : {}),
    },
  };
}

/**
 * Many workspaces: every OAuth setting, the signing secret and the encryption key, over HTTP.
 * SLACK_BOT_TOKEN with them is refused rather than one silently winning: a token left over from
 * a single-workspace set-up would otherwise answer for the wrong workspace or for none.
 */
function slackOAuthOf(
  e: z.infer<typeof env>,
  oauthSet: readonly string[],
  encryptionKey: Buffer | undefined,
): SlackConfig {
  if (e.SLACK_BOT_TOKEN) {
    throw new ConfigError(
      `Slack: set either SLACK_BOT_TOKEN (one workspace) or ${OAUTH_SETTINGS.join(", ")} (any workspace that installs the app), not both.`,
    );
  }
  if (e.SLACK_APP_TOKEN) {
    throw new ConfigError(
      "Slack: installing across workspaces (SLACK_CLIENT_ID, …) needs HTTP; unset SLACK_APP_TOKEN (Socket Mode).",
    );
  }
  const missing = [
    ...OAUTH_SETTINGS.filter((name) => !oauthSet.includes(name)),
    ...(e.SLACK_SIGNING_SECRET ? [] : ["SLACK_SIGNING_SECRET"]),
    ...(encryptionKey ? [] : ["SRM_ENCRYPTION_KEY"]),
  ];
  if (missing.length > 0) {
    throw new ConfigError(
      `Slack (installed across workspaces) is half configured: set ${missing.join(", ")} as well.`,
    );
  }
  if ((e.SLACK_STATE_SECRET as string).length < 16) {
    throw new ConfigError("SLACK_STATE_SECRET must be at least 16 characters (a random string).");
  }
  return {
    signingSecret: e.SLACK_SIGNING_SECRET as string,
    oauth: {
      clientId: e.SLACK_CLIENT_ID as string,
      clientSecret: e.SLACK_CLIENT_SECRET as string,
      stateSecret: e.SLACK_STATE_SECRET as string,
      encryptionKey: encryptionKey as Buffer,
    },
    ...(e.SLACK_API_URL ? { apiUrl: e.SLACK_API_URL } : {}),
    ...(e.SRM_ESCALATION_CHANNEL ? { escalationChannel: e.SRM_ESCALATION_CHANNEL } : {}),
  };
}

/** SRM_ENCRYPTION_KEY: exactly 32 bytes, as 64 hex digits or base64 (standard or URL-safe). */
function encryptionKeyOf(text: string): Buffer {
  const hint = "generate one with: openssl rand -base64 32";
  if (/^[0-9a-f]{64}$/i.test(text)) return Buffer.from(text, "hex");
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(text)) {
    throw new ConfigError(`SRM_ENCRYPTION_KEY must be 32 bytes in base64 or hex (${hint}).`);
  }
  const key = Buffer.from(text.replaceAll("-", "+").replaceAll("_", "/"), "base64");
  if (key.length !== 32) {
    throw new ConfigError(
      `SRM_ENCRYPTION_KEY must be 32 bytes; it decodes to ${key.length} (${hint}).`,
    );
  }
  return key;
}
