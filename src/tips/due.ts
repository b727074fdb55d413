// Whether a subscription's tip is due: on a day it wants tips, once its local wall-clock time
// has reached the chosen time, until that local day ends. Everything is read in the subscriber's
// timezone, so 09:00 stays 09:00 on both sides of a daylight-saving change.
import { Cron } from "croner";
import type { TipSchedule, TipSubscription } from "../store/tip-store.js";
import { localTime } from "./local-time.js";

export interface Due {
  readonly due: boolean;
  /** The subscriber's local date now: the day a post made now counts for. */
  readonly localDate: string;
}

const isWeekday = (weekday: number) => weekday >= 1 && weekday <= 5;

export function tipDue(subscription: TipSubscription, now: Date): Due {
  const local = localTime(now, subscription.timezone);
  const wanted = subscription.days === "daily" || isWeekday(local.weekday);
  const due = wanted && local.time >= subscription.time && !subscribedAfter(subscription, local);
  return { due, localDate: local.date };
}

/** A channel that subscribes after today's time starts tomorrow instead of getting a tip at once. */
function subscribedAfter(subscription: TipSubscription, today: { date: string }): boolean {
  const created = localTime(subscription.createdAt, subscription.timezone);
  return created.date === today.date && created.time > subscription.time;
}

/** When the next tip is due after `now`, for "tips status". */
export function nextTipTime(schedule: TipSchedule, now: Date): Date | null {
  const [hour, minute] = schedule.time.split(":").map(Number);
  const days = schedule.days === "weekdays" ? "1-5" : "*";
  const job = new Cron(`${minute} ${hour} * * ${days}`, {
    timezone: schedule.timezone,
    paused: true,
  });
  return job.nextRun(now);
}
