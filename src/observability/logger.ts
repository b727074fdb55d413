// One pino logger for the whole process: JSON lines, a request id on every request's lines,
// secrets and signatures redacted wherever they appear, and the same logger handed to Bolt and
// the Teams adapter. Warnings a stranger could repeat at will are sampled.
import type { LogLevel as SlackLevel, Logger as SlackLogger } from "@slack/bolt";
import { type DestinationStream, type Logger, pino } from "pino";

export type { Logger } from "pino";

/** Paths pino blanks out in any logged object: credentials, signatures, tokens. */
const REDACT = [
  "headers.authorization",
  'headers["x-slack-signature"]',
  "req.headers.authorization",
  'req.headers["x-slack-signature"]',
  "token",
  "botToken",
  "signingSecret",
  "password",
  // One level down too: an installation's bot.token, a config's slack.botToken.
  "*.token",
  "*.botToken",
  "*.signingSecret",
  "*.clientSecret",
  "*.password",
  "clientSecret",
  "client_secret",
  "access_token",
  "*.access_token",
];

export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = {
    level,
    base: { service: "srm-bot" },
    redact: { paths: REDACT, censor: "[redacted]" },
    timestamp: pino.stdTimeFunctions.isoTime,
  };
  return destination ? pino(options, destination) : pino(options);
}

/** Bolt's logger interface over the pino logger. */
export function boltLogger(log: Logger): SlackLogger {
  const line = (args: unknown[]) =>
    args.map((a) => (typeof a === "string" ? a : String(a))).join(" ");
  let level = log.level as SlackLevel;
  return {
    debug: (...args) => log.debug({ from: "bolt" }, line(args)),
    info: (...args) => log.info({ from: "bolt" }, line(args)),
    warn: (...args) => log.warn({ from: "bolt" }, line(args)),
    error: (...args) => log.error({ from: "bolt" }, line(args)),
    setLevel: (next) => {
      level = next;
    },
    getLevel: () => level,
    setName: () => {},
  };
}

/**
 * A warning logged at most once a minute per kind, with how many were left out: a flood of
 * refused requests cannot flood the log.
 */
export function sampledWarn(
  log: Logger,
  everyMs = 60_000,
): (kind: string, message: string) => void {
  const last = new Map<string, { at: number; skipped: number }>();
  return (kind, message) => {
    const now = Date.now();
    const seen = last.get(kind);
    if (seen && now - seen.at < everyMs) {
      seen.skipped += 1;
      return;
    }
    if (last.size > 100) last.clear(); // kinds are a handful; never a growing map
    log.warn({ kind, skipped: seen?.skipped ?? 0 }, message);
    last.set(kind, { at: now, skipped: 0 });
  };
}
