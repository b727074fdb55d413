// The in-memory store: enough for one process and for tests. Every collection is an LRU with a
// bound on its entries and, where entries come from users (conversation references), on their
// bytes too, so no flood of channels or conversations can grow it without limit. A restart
// forgets everything.
import { LRUCache } from "lru-cache";
import { MAX_KEY } from "../core/conversations.js";
import type { Feedback, Store } from "./store.js";

/** A conversation reference larger than this is not kept (Teams' are about 1 KB). */
const MAX_REFERENCE_BYTES = 16 * 1024;
/** All conversation references together stay under this. */
const MAX_REFERENCES_BYTES = 16 * 1024 * 1024;

export class MemoryStore implements Store {
  private readonly listening: LRUCache<string, true>;
  private readonly threads: LRUCache<string, true>;
  private readonly references: LRUCache<string, { reference: unknown }>;
  private readonly claimed: LRUCache<string, true>;
  readonly feedback: Feedback[] = [];

  constructor(private readonly maxEntries = 50_000) {
    this.listening = new LRUCache({ max: maxEntries });
    this.threads = new LRUCache({ max: maxEntries });
    this.claimed = new LRUCache({ max: maxEntries });
    this.references = new LRUCache({
      max: maxEntries,
      maxSize: MAX_REFERENCES_BYTES,
      maxEntrySize: MAX_REFERENCE_BYTES,
      sizeCalculation: (entry, key) => key.length + JSON.stringify(entry.reference).length,
    });
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

  async recordFeedback(feedback: Feedback): Promise<void> {
    this.feedback.push(feedback);
    if (this.feedback.length > this.maxEntries) this.feedback.shift();
  }

  async claimOnce(key: string, ttlMs: number): Promise<boolean> {
    if (this.claimed.has(key)) return false;
    this.claimed.set(key, true, { ttl: ttlMs });
    return true;
  }

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
