// The "tips" command: `tips on [HH:MM] [IANA timezone] [weekdays|daily]`, `tips off`,
// `tips status`, `tips now`. The words after "on" may come in any order; what is left out
// takes the defaults: 09:00, the asker's timezone, weekdays.
import type { TipDays, TipSchedule } from "../store/tip-store.js";
import { canonicalTimezone } from "./local-time.js";

export type TipsCommand =
  | { readonly kind: "on"; readonly schedule: TipSchedule }
  | { readonly kind: "off" }
  | { readonly kind: "status" }
  | { readonly kind: "now" };

export type ParsedTipsCommand =
  | { readonly ok: true; readonly command: TipsCommand }
  | { readonly ok: false; readonly error: string };

export const TIPS_USAGE =
  "Use `tips on [HH:MM] [timezone] [weekdays|daily]` (like `tips on 09:30 Europe/Berlin daily`), " +
  "`tips off`, `tips status` or `tips now`.";

export const DEFAULT_TIP_TIME = "09:00";
export const DEFAULT_TIP_DAYS: TipDays = "weekdays";

const DAYS: Record<string, TipDays> = {
  weekdays: "weekdays",
  weekday: "weekdays",
  daily: "daily",
  everyday: "daily",
};
const TIME = /^(\d{1,2}):(\d{2})$/;

const fail = (error: string): ParsedTipsCommand => ({ ok: false, error });

/** Reads the command; `defaultTimezone` is the asker's (Slack profile tz) or "UTC". */
export function parseTipsCommand(text: string, defaultTimezone: string): ParsedTipsCommand {
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (words[0]?.toLowerCase() === "tips") words.shift();
  const [verb = "status", ...rest] = words;
  const kind = verb.toLowerCase();
  if (kind === "on") return parseOn(rest, defaultTimezone);
  if (kind !== "off" && kind !== "status" && kind !== "now") {
    return fail(`I don't know \`tips ${verb}\`. ${TIPS_USAGE}`);
  }
  if (rest.length > 0) return fail(`\`tips ${kind}\` takes nothing after it. ${TIPS_USAGE}`);
  return { ok: true, command: { kind } };
}

function parseOn(words: readonly string[], defaultTimezone: string): ParsedTipsCommand {
  let time: string | undefined;
  let timezone: string | undefined;
  let days: TipDays | undefined;
  for (const word of words) {
    const day = DAYS[word.toLowerCase()];
    if (day) {
      if (days) return fail("Say `weekdays` or `daily` once.");
      days = day;
    } else if (/^\d/.test(word)) {
      if (time) return fail("Give one time, like `09:00`.");
      time = parseTime(word);
      if (!time) return fail(`\`${word}\` is not a time: use 24-hour HH:MM, like \`09:00\`.`);
    } else {
      if (timezone) return fail("Give one timezone, like `Europe/Berlin`.");
      timezone = canonicalTimezone(word);
      if (!timezone) return fail(unknownTimezone(word));
    }
  }
  const schedule: TipSchedule = {
    time: time ?? DEFAULT_TIP_TIME,
    timezone: timezone ?? canonicalTimezone(defaultTimezone) ?? "UTC",
    days: days ?? DEFAULT_TIP_DAYS,
  };
  return { ok: true, command: { kind: "on", schedule } };
}

/** "9:05" → "09:05"; undefined for anything that is no 24-hour time. */
function parseTime(word: string): string | undefined {
  const match = TIME.exec(word);
  if (!match) return undefined;
  const [hours, minutes] = [Number(match[1]), Number(match[2])];
  if (hours > 23 || minutes > 59) return undefined;
  return `${String(hours).padStart(2, "0")}:${match[2]}`;
}

function unknownTimezone(word: string): string {
  return (
    `I don't know the timezone \`${word}\`: use an IANA name like \`Europe/Berlin\`, ` +
    "`America/New_York` or `UTC`."
  );
}
