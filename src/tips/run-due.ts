// One pass of the daily tips: every enabled subscription whose tip is due gets it once. A runner
// first claims the subscription's local day (a unique row with a lease), then posts, then marks it
// posted; several runners at once post each day once, and a runner that dies after claiming loses
// nothing: once its lease runs out, the next pass claims the day again and posts.
import type { Tip } from "../core/knowledge/types.js";
import type { TipClaim, TipStore, TipSubscription } from "../store/tip-store.js";
import { tipDue } from "./due.js";
import type { PostResult } from "./post-result.js";
import { DEFAULT_RETRY, postWithRetry, type RetryPolicy, realSleep, type Sleep } from "./retry.js";
import { cryptoRandom, nextTip } from "./rotation.js";

export interface TipsLogger {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

export type PostTip = (subscription: TipSubscription, tip: Tip) => Promise<PostResult>;

export interface RunDueTipsOptions {
  readonly now: Date;
  readonly store: TipStore;
  readonly tips: readonly Tip[];
  /** Posts one tip in the subscription's channel; throwing counts as a transient failure. */
  readonly post: PostTip;
  /** Names this runner in the claims it makes (host and pid, say). */
  readonly runnerId: string;
  /** How long a claim keeps other runners off: longer than a post with all its retries. */
  readonly leaseMs?: number;
  readonly logger: TipsLogger;
  readonly retry?: RetryPolicy;
  readonly sleep?: Sleep;
  readonly random?: () => number;
}

export type TipOutcome = "posted" | "taken" | "disabled" | "failed" | "no-tips" | "error";

export interface TipRun {
  readonly subscriptionId: number;
  readonly localDate: string;
  readonly outcome: TipOutcome;
  readonly reason?: string;
}

export const DEFAULT_LEASE_MS = 5 * 60_000;

/** Runs every due subscription, one after another; returns what became of each. */
export async function runDueTips(options: RunDueTipsOptions): Promise<TipRun[]> {
  const subscriptions = await options.store.tipSubscriptions({ enabledOnly: true });
  const runs: TipRun[] = [];
  for (const subscription of subscriptions) {
    const { due, localDate } = tipDue(subscription, options.now);
    if (!due) continue;
    const run = await runOne(options, subscription, localDate).catch((error: Error) => {
      const details = { subscription: subscription.id, error: error.message };
      options.logger.error(details, "daily tip: the store failed");
      return { outcome: "error", reason: error.message } as const;
    });
    runs.push({ subscriptionId: subscription.id, localDate, ...run });
  }
  return runs;
}

type RunResult = Pick<TipRun, "outcome" | "reason">;

async function runOne(o: RunDueTipsOptions, s: TipSubscription, localDate: string) {
  const claim: TipClaim = { subscriptionId: s.id, localDate, runnerId: o.runnerId };
  const leaseUntil = new Date(o.now.getTime() + (o.leaseMs ?? DEFAULT_LEASE_MS));
  if (!(await o.store.claimTipPost(claim, leaseUntil, o.now))) return { outcome: "taken" } as const;
  const next = nextTip(
    o.tips,
    await o.store.tipOrder(s.platform, s.channel),
    o.random ?? cryptoRandom,
  );
  const log = { subscription: s.id, platform: s.platform, channel: s.channel, localDate };
  if (!next) {
    o.logger.warn(log, "daily tip: the knowledge base has no tips");
    return { outcome: "no-tips" } as const;
  }
  const post = () => o.post(s, next.tip);
  const { result, attempts } = await postWithRetry(
    post,
    o.retry ?? DEFAULT_RETRY,
    o.sleep ?? realSleep,
  );
  return settle(o, s, claim, next, result, { ...log, tip: next.tip.id, attempts });
}

async function settle(
  o: RunDueTipsOptions,
  s: TipSubscription,
  claim: TipClaim,
  next: NonNullable<ReturnType<typeof nextTip>>,
  result: PostResult,
  log: object,
): Promise<RunResult> {
  if (result.status === "permanent") {
    await o.store.disableTips(s.platform, s.channel, result.reason);
    o.logger.warn({ ...log, reason: result.reason }, "daily tip: channel refused, tips turned off");
    return { outcome: "disabled", reason: result.reason };
  }
  if (result.status === "transient") {
    // The claim is left to expire: a later pass, here or elsewhere, tries the day again.
    o.logger.warn({ ...log, reason: result.reason }, "daily tip: not posted, will try again");
    return { outcome: "failed", reason: result.reason };
  }
  if (!(await o.store.markTipPosted(claim, next.tip.id, o.now))) {
    o.logger.error(log, "daily tip: posted after the claim's lease ran out; lease too short?");
  }
  await o.store.saveTipOrder(s.platform, s.channel, next.order);
  o.logger.info(log, "daily tip posted");
  return { outcome: "posted" };
}
