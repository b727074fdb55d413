// The environment, parsed once into a typed config. A platform is on when its settings are
// present; half of them stops the start with a message naming what is missing. Secrets are
// kept here and never printed: describeConfig() says what is on without them.
import { z } from "zod";

export interface SlackConfig {
  readonly signingSecret: string;
  readonly botToken: string;
  /** Socket Mode when set; HTTP otherwise. */
  readonly appToken?: string;
  /** The Slack Web API base URL: a fake one in tests. */
  readonly apiUrl?: string;
  readonly escalationChannel?: string;
}

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly logLevel: "debug" | "info" | "warn" | "error";
  readonly production: boolean;
  readonly knowledgeDir?: string;
  readonly slack?: SlackConfig;
}

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
  HOST: z.string().default("0.0.0.0"),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
  NODE_ENV: optional,
  SRM_KNOWLEDGE_DIR: optional,
  SLACK_SIGNING_SECRET: optional,
  SLACK_BOT_TOKEN: optional,
  SLACK_APP_TOKEN: optional,
  SLACK_API_URL: z.url({ protocol: /^https?$/ }).optional(),
  SRM_ESCALATION_CHANNEL: optional,
});

export function parseConfig(source: Record<string, string | undefined>): Config {
  const parsed = env.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`Invalid environment: ${problems.join("; ")}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    logLevel: e.LOG_LEVEL,
    production: e.NODE_ENV === "production",
    ...(e.SRM_KNOWLEDGE_DIR ? { knowledgeDir: e.SRM_KNOWLEDGE_DIR } : {}),
    ...slackOf(e),
  };
}

function slackOf(e: z.infer<typeof env>): { slack?: SlackConfig } {
  const present = [e.SLACK_SIGNING_SECRET, e.SLACK_BOT_TOKEN, e.SLACK_APP_TOKEN].some(Boolean);
  if (!present) return {};
  const missing = [
    ["SLACK_SIGNING_SECRET", e.SLACK_SIGNING_SECRET],
    ["SLACK_BOT_TOKEN", e.SLACK_BOT_TOKEN],
  ].flatMap(([name, value]) => (value ? [] : [name]));
  if (missing.length > 0) {
    throw new ConfigError(
      `Slack is half configured: set ${missing.join(" and ")} as well, or unset the other SLACK_ settings.`,
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
      ...(e.SRM_ESCALATION_CHANNEL ? { escalationChannel: e.SRM_ESCALATION_CHANNEL } : {}),
    },
  };
}

/** What is on and how to turn on what is off: safe to log, it holds no secret. */
export function describeConfig(config: Config): string[] {
  const lines = [`listening on ${config.host}:${config.port}`];
  if (config.slack) {
    lines.push(
      `Slack: on, ${config.slack.appToken ? "Socket Mode" : "HTTP at POST /slack/events"}`,
    );
    if (config.slack.escalationChannel)
      lines.push(`Slack: unknown answers can be escalated to ${config.slack.escalationChannel}`);
  } else {
    lines.push(
      "Slack: off (set SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN to turn it on; SLACK_APP_TOKEN for Socket Mode)",
    );
  }
  return lines;
}
