// A small per-conversation memory with an expiry, so a follow-up ("and on aurora?") can reuse
// the last question's service or area. An LRU bounded in entries, with keys no longer than any
// real conversation id; the clock is passed in so tests never sleep.
import { LRUCache } from "lru-cache";
import type { ConversationContext } from "./match/interpret.js";

export type Clock = () => number;

/** A key longer than this is no channel, thread or conversation id: nothing is kept for it. */
export const MAX_KEY = 512;

export class ConversationMemory {
  // The expiry is kept beside each entry and read against the given clock; the LRU bounds size.
  private readonly entries: LRUCache<string, { context: ConversationContext; expires: number }>;

  constructor(
    private readonly clock: Clock = Date.now,
    private readonly ttlMs = 15 * 60_000,
    maxEntries = 10_000,
  ) {
    this.entries = new LRUCache({ max: maxEntries });
  }

  get(key: string): ConversationContext | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expires <= this.clock()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.context;
  }

  set(key: string, context: ConversationContext): void {
    if (key.length <= MAX_KEY)
      this.entries.set(key, { context, expires: this.clock() + this.ttlMs });
  }
}
