// Checklist ticks, unanswered questions, saved stacks and Slack installations in memory, each an
// LRU bounded in entries so no flood of messages, questions or channels grows it without limit.
import { LRUCache } from "lru-cache";
import {
  type ChecklistStore,
  type Gap,
  type GapStore,
  type InstallationKey,
  type InstallationStore,
  installationKey,
  type SlackInstallation,
  type StackStore,
} from "./extras.js";
import { boundedStack, MAX_ITEM_ID, MAX_KEY, MAX_TICKS_PER_MESSAGE } from "./limits.js";
import { cleanQuestion, questionKey } from "./question-text.js";
import type { Platform } from "./store.js";

export class MemoryExtrasStore implements ChecklistStore, GapStore, StackStore, InstallationStore {
  private readonly ticked: LRUCache<string, ReadonlySet<string>>;
  private readonly unanswered: LRUCache<string, Gap>;
  private readonly stacks: LRUCache<string, readonly string[]>;
  private readonly installations: LRUCache<string, SlackInstallation>;

  constructor(maxEntries: number) {
    this.ticked = new LRUCache({ max: maxEntries });
    this.unanswered = new LRUCache({ max: maxEntries });
    this.stacks = new LRUCache({ max: maxEntries });
    this.installations = new LRUCache({ max: maxEntries });
  }

  async ticks(messageKey: string): Promise<string[]> {
    return [...(this.ticked.get(messageKey) ?? [])].sort();
  }

  async setTick(messageKey: string, itemId: string, ticked: boolean): Promise<string[]> {
    if (messageKey.length > MAX_KEY || itemId.length > MAX_ITEM_ID) return this.ticks(messageKey);
    const items = new Set(this.ticked.get(messageKey));
    if (ticked && items.size < MAX_TICKS_PER_MESSAGE) items.add(itemId);
    if (!ticked) items.delete(itemId);
    this.ticked.set(messageKey, items);
    return [...items].sort();
  }

  async recordUnanswered(question: string, now: Date): Promise<void> {
    const cleaned = cleanQuestion(question);
    if (cleaned === "") return;
    const key = questionKey(cleaned);
    const before = this.unanswered.get(key);
    const count = (before?.count ?? 0) + 1;
    const lastAsked = before && before.lastAsked > now ? before.lastAsked : now;
    this.unanswered.set(key, { question: cleaned, count, lastAsked });
  }

  async gaps(limit: number): Promise<Gap[]> {
    return [...this.unanswered.values()]
      .sort((a, b) => b.count - a.count || b.lastAsked.getTime() - a.lastAsked.getTime())
      .slice(0, Math.max(0, limit));
  }

  async savedStack(platform: Platform, channel: string): Promise<string[]> {
    return [...(this.stacks.get(`${platform}:${channel}`) ?? [])];
  }

  async saveStack(platform: Platform, channel: string, services: readonly string[]) {
    if (channel.length <= MAX_KEY)
      this.stacks.set(`${platform}:${channel}`, boundedStack(services));
  }

  async saveInstallation(installation: SlackInstallation): Promise<void> {
    // Kept in the same shape the SQL store gives back.
    const copy: SlackInstallation = {
      enterpriseId: installation.enterpriseId || undefined,
      teamId: installation.teamId || undefined,
      isEnterpriseInstall: installation.isEnterpriseInstall,
      ciphertext: Uint8Array.from(installation.ciphertext),
    };
    this.installations.set(installationKey(installation), copy);
  }

  async fetchInstallation(key: InstallationKey): Promise<SlackInstallation | undefined> {
    return this.installations.get(installationKey(key));
  }

  async deleteInstallation(key: InstallationKey): Promise<void> {
    this.installations.delete(installationKey(key));
  }
}
