// What `tips status` says about a channel's subscription.
import type { TipSubscription } from "../store/tip-store.js";
import { nextTipTime } from "./due.js";

export function tipsStatusText(subscription: TipSubscription | undefined, now: Date): string {
  if (!subscription) return "Daily tips are off here. Turn them on with `tips on`.";
  const when = `${subscription.time} ${subscription.timezone}`;
  const days = subscription.days === "weekdays" ? "on weekdays" : "every day";
  if (!subscription.enabled) {
    const why = subscription.disabledReason ? ` (${subscription.disabledReason})` : "";
    return `Daily tips are off here${why}; they were set for ${when} ${days}.`;
  }
  const next = nextTipTime(subscription, now);
  const nextText = next ? ` The next one is due ${next.toISOString()}.` : "";
  return `Daily tips are on: ${when}, ${days}.${nextText}`;
}
