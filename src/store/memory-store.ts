// The in-memory store: enough for one process and for tests. Every collection is an LRU with a
// bound on its entries and, where entries come from users (conversation references), on their
// bytes too, so no flood of channels or conversations can grow it without limit. A restart
// forgets everything.
import { LRUCache } from "lru-cache";
import type { InstallationKey, SlackInstallation } from "./extras.js";
import { MAX_KEY } from "./limits.js";
import { MemoryExtrasStore } from "./memory-extras.js";
import { MemoryTipStore } from "./memory-tips.js";
import type { Feedback, Platform, Store } from "./store.js";
import type { TipClaim, TipOrder, TipSchedule } from "./tip-store.js";

/** A conversation reference larger than this is not kept (Teams' are about 1 KB). */
const MAX_REFERENCE_BYTES = 16 * 1024;
/** All conversation references together stay under this. */
const MAX_REFERENCES_BYTES = 16 * 1024 * 1024;

export class MemoryStore implements Store {
  private readonly listening: LRUCache<string, true>;
  private readonly threads: LRUCache<string, true>;
  private readonly references: LRUCache<string, { reference: unknown }>;
  private readonly claimed: LRUCache<string, true>;
  private readonly extras: MemoryExtrasStore;
  private readonly tips: MemoryTipStore;
  readonly feedback: Feedback[] = [];

  constructor(
    private readonly maxEntries = 50_000,
    clock: () => number = Date.now,
  ) {
    this.listening = new LRUCache({ max: maxEntries });
    this.threads = new LRUCache({ max: maxEntries });
    // Claims expire on the given clock, read afresh each time, so tests can move time on.
    this.claimed = new LRUCache({ max: maxEntries, perf: { now: clock }, ttlResolution: 0 });
    this.references = new LRUCache({
      max: maxEntries,
      maxSize: MAX_REFERENCES_BYTES,
      maxEntrySize: MAX_REFERENCE_BYTES,
      sizeCalculation: (entry, key) => key.length + JSON.stringify(entry.reference).length,
    });
    this.extras = new MemoryExtrasStore(maxEntries);
    this.tips = new MemoryTipStore(maxEntries);
  }

  async isListening(channel: string): Promise<boolean> {
    return this.listening.has(channel);
  }

  async setListening(channel: string, on: boolean): Promise<void> {
    if (on && channel.length <= MAX_KEY) this.listening.set(channel, true);
    else this.listening.delete(channel);
  }

  async rememberThread(key: string): Promise<void> {
    if (key.length <= MAX_KEY) this.threads.set(key, true);
  }

  async isBotThread(key: string): Promise<boolean> {
    return this.threads.has(key);
  }

  async saveConversation(platform: "teams", id: string, reference: unknown): Promise<void> {
    // An entry over maxEntrySize is refused by the cache itself.
    if (id.length <= MAX_KEY) this.references.set(`${platform}:${id}`, { reference });
  }

  async conversations(platform: "teams"): Promise<{ id: string; reference: unknown }[]> {
    const prefix = `${platform}:`;
    return [...this.references.entries()]
      .filter(([key]) => key.startsWith(prefix))
      .map(([key, entry]) => ({ id: key.slice(prefix.length), reference: entry.reference }));
  }

  async conversation(platform: "teams", id: string): Promise<unknown | undefined> {
    return this.references.get(`${platform}:${id}`)?.reference;
  }

  async recordFeedback(feedback: Feedback): Promise<void> {
    this.feedback.push(feedback);
    if (this.feedback.length > this.maxEntries) this.feedback.shift();
  }

  async claimOnce(key: string, ttlMs: number): Promise<boolean> {
    if (this.claimed.has(key)) return false;
    this.claimed.set(key, true, { ttl: ttlMs });
    return true;
  }

  async ping(): Promise<boolean> {
    return true;
  }

  async close(): Promise<void> {}

  // The rest is kept by two smaller memory stores; these only pass calls on.
  ticks = (messageKey: string) => this.extras.ticks(messageKey);
  setTick = (messageKey: string, itemId: string, ticked: boolean) =>
    this.extras.setTick(messageKey, itemId, ticked);
  recordUnanswered = (question: string, now: Date) => this.extras.recordUnanswered(question, now);
  gaps = (limit: number) => this.extras.gaps(limit);
  savedStack = (platform: Platform, channel: string) => this.extras.savedStack(platform, channel);
  saveStack = (platform: Platform, channel: string, services: readonly string[]) =>
    this.extras.saveStack(platform, channel, services);
  saveInstallation = (installation: SlackInstallation) =>
    this.extras.saveInstallation(installation);
  fetchInstallation = (key: InstallationKey) => this.extras.fetchInstallation(key);
  deleteInstallation = (key: InstallationKey) => this.extras.deleteInstallation(key);

  subscribeTips = (platform: Platform, channel: string, schedule: TipSchedule, now: Date) =>
    this.tips.subscribeTips(platform, channel, schedule, now);
  tipSubscription = (platform: Platform, channel: string) =>
    this.tips.tipSubscription(platform, channel);
  tipSubscriptions = (options?: { enabledOnly?: boolean }) => this.tips.tipSubscriptions(options);
  disableTips = (platform: Platform, channel: string, reason: string) =>
    this.tips.disableTips(platform, channel, reason);
  deleteTipSubscription = (platform: Platform, channel: string) =>
    this.tips.deleteTipSubscription(platform, channel);
  tipOrder = (platform: Platform, channel: string) => this.tips.tipOrder(platform, channel);
  saveTipOrder = (platform: Platform, channel: string, order: TipOrder) =>
    this.tips.saveTipOrder(platform, channel, order);
  claimTipPost = (claim: TipClaim, leaseUntil: Date, now: Date) =>
    this.tips.claimTipPost(claim, leaseUntil, now);
  markTipPosted = (claim: TipClaim, tipId: string, now: Date) =>
    this.tips.markTipPosted(claim, tipId, now);
  tipPost = (subscriptionId: number, localDate: string) =>
    this.tips.tipPost(subscriptionId, localDate);

  /** How many entries each collection holds: for tests of the bounds. */
  sizes(): { listening: number; threads: number; references: number; claimed: number } {
    return {
      listening: this.listening.size,
      threads: this.threads.size,
      references: this.references.size,
      claimed: this.claimed.size,
    };
  }
}
