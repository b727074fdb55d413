// What the daily-tip scheduler keeps: who subscribed and when, each channel's walk through the
// tips, and one row per subscription and local day so a tip is posted once however many runners.
import type { Platform } from "./store.js";

export type TipDays = "weekdays" | "daily";

/** When a channel wants its tip: local wall-clock time in an IANA timezone. */
export interface TipSchedule {
  /** "HH:MM", 24-hour. */
  readonly time: string;
  readonly timezone: string;
  readonly days: TipDays;
}

export interface TipSubscription extends TipSchedule {
  readonly id: number;
  readonly platform: Platform;
  /** The Slack channel id or the Teams conversation id. */
  readonly channel: string;
  readonly enabled: boolean;
  /** Why the subscription is off: "turned off" by a person, or the platform's refusal. */
  readonly disabledReason: string | undefined;
  readonly createdAt: Date;
}

/** A channel's shuffled tip ids and how many of them it has been shown. */
export interface TipOrder {
  readonly order: readonly string[];
  readonly position: number;
}

export type TipPostState = "claimed" | "posted";

export interface TipPost {
  readonly subscriptionId: number;
  /** The subscriber's local date, "YYYY-MM-DD". */
  readonly localDate: string;
  readonly state: TipPostState;
  readonly claimedBy: string;
  readonly leaseExpiresAt: Date;
  readonly postedAt: Date | undefined;
  readonly tipId: string | undefined;
}

/** A claim on posting one subscription's tip for one local day. */
export interface TipClaim {
  readonly subscriptionId: number;
  readonly localDate: string;
  readonly runnerId: string;
}

export interface TipStore {
  /** Turns tips on (again) for a channel with this schedule; its id stays the same. */
  subscribeTips(
    platform: Platform,
    channel: string,
    schedule: TipSchedule,
    now: Date,
  ): Promise<TipSubscription>;
  tipSubscription(platform: Platform, channel: string): Promise<TipSubscription | undefined>;
  /** Every subscription, or only those enabled; ordered by id. */
  tipSubscriptions(options?: { enabledOnly?: boolean }): Promise<TipSubscription[]>;
  disableTips(platform: Platform, channel: string, reason: string): Promise<void>;
  deleteTipSubscription(platform: Platform, channel: string): Promise<void>;

  tipOrder(platform: Platform, channel: string): Promise<TipOrder | undefined>;
  saveTipOrder(platform: Platform, channel: string, order: TipOrder): Promise<void>;

  /**
   * Claims the day's post: true when no one has, or when the last claim's lease ran out before
   * `now` and it was never posted. Atomic: of runners claiming at once, one gets true.
   */
  claimTipPost(claim: TipClaim, leaseUntil: Date, now: Date): Promise<boolean>;
  /** Marks the claimed post made; false when the claim was no longer this runner's. */
  markTipPosted(claim: TipClaim, tipId: string, now: Date): Promise<boolean>;
  tipPost(subscriptionId: number, localDate: string): Promise<TipPost | undefined>;
}
