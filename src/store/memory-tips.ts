// The tip scheduler's state in memory, LRU-bounded like the rest of the memory store. Atomic
// claims come free: JavaScript runs one claim to its end before the next begins.
import { LRUCache } from "lru-cache";
import { MAX_KEY } from "./limits.js";
import type { Platform } from "./store.js";
import type {
  TipClaim,
  TipOrder,
  TipPost,
  TipSchedule,
  TipStore,
  TipSubscription,
} from "./tip-store.js";

const channelKey = (platform: Platform, channel: string) => `${platform}:${channel}`;
const postKey = (subscriptionId: number, localDate: string) => `${subscriptionId}:${localDate}`;

export class MemoryTipStore implements TipStore {
  private readonly subscriptions: LRUCache<string, TipSubscription>;
  private readonly orders: LRUCache<string, TipOrder>;
  private readonly posts: LRUCache<string, TipPost>;
  private lastId = 0;

  constructor(maxEntries: number) {
    this.subscriptions = new LRUCache({ max: maxEntries });
    this.orders = new LRUCache({ max: maxEntries });
    this.posts = new LRUCache({ max: maxEntries });
  }

  async subscribeTips(
    platform: Platform,
    channel: string,
    schedule: TipSchedule,
    now: Date,
  ): Promise<TipSubscription> {
    if (channel.length > MAX_KEY) throw new Error("channel id too long");
    const key = channelKey(platform, channel);
    const before = this.subscriptions.get(key);
    const subscription: TipSubscription = {
      id: before?.id ?? ++this.lastId,
      platform,
      channel,
      time: schedule.time,
      timezone: schedule.timezone,
      days: schedule.days,
      enabled: true,
      disabledReason: undefined,
      createdAt: before?.createdAt ?? now,
    };
    this.subscriptions.set(key, subscription);
    return subscription;
  }

  async tipSubscription(platform: Platform, channel: string) {
    return this.subscriptions.get(channelKey(platform, channel));
  }

  async tipSubscriptions(options: { enabledOnly?: boolean } = {}): Promise<TipSubscription[]> {
    return [...this.subscriptions.values()]
      .filter((s) => !options.enabledOnly || s.enabled)
      .sort((a, b) => a.id - b.id);
  }

  async disableTips(platform: Platform, channel: string, reason: string): Promise<void> {
    const key = channelKey(platform, channel);
    const before = this.subscriptions.get(key);
    if (before) this.subscriptions.set(key, { ...before, enabled: false, disabledReason: reason });
  }

  async deleteTipSubscription(platform: Platform, channel: string): Promise<void> {
    this.subscriptions.delete(channelKey(platform, channel));
  }

  async tipOrder(platform: Platform, channel: string): Promise<TipOrder | undefined> {
    return this.orders.get(channelKey(platform, channel));
  }

  async saveTipOrder(platform: Platform, channel: string, order: TipOrder): Promise<void> {
    if (channel.length > MAX_KEY) return;
    this.orders.set(channelKey(platform, channel), {
      order: [...order.order],
      position: order.position,
    });
  }

  async claimTipPost(claim: TipClaim, leaseUntil: Date, now: Date): Promise<boolean> {
    const key = postKey(claim.subscriptionId, claim.localDate);
    const before = this.posts.get(key);
    if (before && (before.state === "posted" || before.leaseExpiresAt > now)) return false;
    this.posts.set(key, {
      subscriptionId: claim.subscriptionId,
      localDate: claim.localDate,
      state: "claimed",
      claimedBy: claim.runnerId,
      leaseExpiresAt: leaseUntil,
      postedAt: undefined,
      tipId: undefined,
    });
    return true;
  }

  async markTipPosted(claim: TipClaim, tipId: string, now: Date): Promise<boolean> {
    const key = postKey(claim.subscriptionId, claim.localDate);
    const before = this.posts.get(key);
    if (before?.state !== "claimed" || before.claimedBy !== claim.runnerId) return false;
    this.posts.set(key, { ...before, state: "posted", postedAt: now, tipId });
    return true;
  }

  async tipPost(subscriptionId: number, localDate: string): Promise<TipPost | undefined> {
    return this.posts.get(postKey(subscriptionId, localDate));
  }
}
