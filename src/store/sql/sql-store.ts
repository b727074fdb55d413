// The store on PostgreSQL, embedded (PGlite) or a server (pg): one set of queries on either.
// Methods throw when the database does; the answer path catches and answers without the store.
import type { InstallationKey, SlackInstallation } from "../extras.js";
import { MAX_ITEM_ID, MAX_KEY, MAX_UNANSWERED } from "../limits.js";
import type { Feedback, Platform, Store } from "../store.js";
import type { TipClaim, TipOrder, TipSchedule } from "../tip-store.js";
import type { Db } from "./db.js";
import * as answers from "./sql-answers.js";
import * as extras from "./sql-extras.js";
import * as tips from "./sql-tips.js";

export interface SqlStoreOptions {
  /** Milliseconds since the epoch: expiry of threads and dedup keys is read against it. */
  readonly clock?: () => number;
  /** How long a thread the bot answered in takes follow-ups without a mention. */
  readonly threadTtlMs?: number;
  /** How often, at most, expired keys and threads are deleted (on a write). */
  readonly purgeEveryMs?: number;
  /** How many unanswered questions are kept, at most (MAX_UNANSWERED). */
  readonly maxUnanswered?: number;
}

const DAY_MS = 86_400_000;

export class SqlStore implements Store {
  private readonly clock: () => number;
  private readonly threadTtlMs: number;
  private readonly purgeEveryMs: number;
  private readonly maxUnanswered: number;
  private lastPurge = 0;

  constructor(
    readonly db: Db,
    options: SqlStoreOptions = {},
  ) {
    this.clock = options.clock ?? Date.now;
    this.threadTtlMs = options.threadTtlMs ?? 30 * DAY_MS;
    this.purgeEveryMs = options.purgeEveryMs ?? 10 * 60_000;
    this.maxUnanswered = options.maxUnanswered ?? MAX_UNANSWERED;
  }

  private now(): Date {
    return new Date(this.clock());
  }

  /** Deletes expired rows now and then, so no separate job is needed to keep tables small. */
  private async purgeNowAndThen(): Promise<void> {
    const now = this.clock();
    if (now - this.lastPurge < this.purgeEveryMs) return;
    this.lastPurge = now;
    // Housekeeping: a failure here must not fail the write that triggered it.
    await answers.purgeExpired(this.db, new Date(now), this.maxUnanswered).catch(() => undefined);
  }

  isListening = (channel: string) => answers.isListening(this.db, channel);

  async setListening(channel: string, on: boolean): Promise<void> {
    if (channel.length <= MAX_KEY || !on) await answers.setListening(this.db, channel, on);
  }

  async rememberThread(key: string): Promise<void> {
    if (key.length > MAX_KEY) return;
    await answers.rememberThread(this.db, key, new Date(this.clock() + this.threadTtlMs));
    await this.purgeNowAndThen();
  }

  isBotThread = (key: string) => answers.isBotThread(this.db, key, this.now());
  recordFeedback = (feedback: Feedback) => answers.recordFeedback(this.db, feedback);

  async saveConversation(platform: "teams", id: string, reference: unknown): Promise<void> {
    if (id.length <= MAX_KEY) await answers.saveConversation(this.db, platform, id, reference);
  }

  conversations = (platform: "teams") => answers.conversations(this.db, platform);
  conversation = (platform: "teams", id: string) => answers.conversation(this.db, platform, id);

  async claimOnce(key: string, ttlMs: number): Promise<boolean> {
    const claimed = await answers.claimOnce(this.db, key, this.now(), ttlMs);
    await this.purgeNowAndThen();
    return claimed;
  }

  async ping(): Promise<boolean> {
    try {
      await this.db.query("SELECT 1");
      return true;
    } catch {
      return false;
    }
  }

  close = () => this.db.close();

  ticks = (messageKey: string) => extras.ticks(this.db, messageKey);

  async setTick(messageKey: string, itemId: string, ticked: boolean): Promise<string[]> {
    if (messageKey.length > MAX_KEY || itemId.length > MAX_ITEM_ID) return this.ticks(messageKey);
    return extras.setTick(this.db, messageKey, itemId, ticked);
  }

  async recordUnanswered(question: string, now: Date): Promise<void> {
    await extras.recordUnanswered(this.db, question, now);
    await this.purgeNowAndThen();
  }
  gaps = (limit: number) => extras.gaps(this.db, limit);
  savedStack = (platform: Platform, channel: string) =>
    extras.savedStack(this.db, platform, channel);

  async saveStack(platform: Platform, channel: string, services: readonly string[]) {
    if (channel.length <= MAX_KEY) await extras.saveStack(this.db, platform, channel, services);
  }

  saveInstallation = (installation: SlackInstallation) =>
    extras.saveInstallation(this.db, installation);
  fetchInstallation = (key: InstallationKey) => extras.fetchInstallation(this.db, key);
  deleteInstallation = (key: InstallationKey) => extras.deleteInstallation(this.db, key);

  async subscribeTips(platform: Platform, channel: string, schedule: TipSchedule, now: Date) {
    if (channel.length > MAX_KEY) throw new Error("channel id too long");
    return tips.subscribeTips(this.db, platform, channel, schedule, now);
  }

  tipSubscription = (platform: Platform, channel: string) =>
    tips.tipSubscription(this.db, platform, channel);
  tipSubscriptions = (options: { enabledOnly?: boolean } = {}) =>
    tips.tipSubscriptions(this.db, options.enabledOnly ?? false);
  disableTips = (platform: Platform, channel: string, reason: string) =>
    tips.disableTips(this.db, platform, channel, reason);
  deleteTipSubscription = (platform: Platform, channel: string) =>
    tips.deleteTipSubscription(this.db, platform, channel);
  tipOrder = (platform: Platform, channel: string) => tips.tipOrder(this.db, platform, channel);

  async saveTipOrder(platform: Platform, channel: string, order: TipOrder): Promise<void> {
    if (channel.length <= MAX_KEY) await tips.saveTipOrder(this.db, platform, channel, order);
  }

  claimTipPost = (claim: TipClaim, leaseUntil: Date, now: Date) =>
    tips.claimTipPost(this.db, claim, leaseUntil, now);
  markTipPosted = (claim: TipClaim, tipId: string, now: Date) =>
    tips.markTipPosted(this.db, claim, tipId, now);
  tipPost = (subscriptionId: number, localDate: string) =>
    tips.tipPost(this.db, subscriptionId, localDate);
}
