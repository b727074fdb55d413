// A small per-conversation memory with an expiry, so a follow-up ("and on aurora?") can reuse
// the last question's service or area. The clock is passed in so tests never sleep.
import type { ConversationContext } from "./match/interpret.js";

export type Clock = () => number;

export class ConversationMemory {
  private readonly entries = new Map<string, { context: ConversationContext; expires: number }>();

  constructor(
    private readonly clock: Clock = Date.now,
    private readonly ttlMs = 15 * 60_000,
    private readonly maxEntries = 10_000,
  ) {}

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
    this.entries.delete(key);
    this.entries.set(key, { context, expires: this.clock() + this.ttlMs });
    // Oldest first in a Map: drop the oldest once full, so memory stays bounded.
    if (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }
}
