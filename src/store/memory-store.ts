// The in-memory store: enough for one process and for tests. Bounded, so a busy workspace
// cannot grow it without limit; a restart forgets everything.
import { LRUCache } from "lru-cache";
import type { Feedback, Store } from "./store.js";

export class MemoryStore implements Store {
  private readonly listening = new Set<string>();
  private readonly threads = new Set<string>();
  readonly feedback: Feedback[] = [];
  private readonly references = new Map<string, unknown>();
  private readonly claimed: LRUCache<string, true>;

  constructor(private readonly maxEntries = 50_000) {
    this.claimed = new LRUCache({ max: maxEntries, ttlAutopurge: false });
  }

  async claimOnce(key: string, ttlMs: number): Promise<boolean> {
    if (this.claimed.has(key)) return false;
    this.claimed.set(key, true, { ttl: ttlMs });
    return true;
  }

  async isListening(channel: string): Promise<boolean> {
    return this.listening.has(channel);
  }

  async setListening(channel: string, on: boolean): Promise<void> {
    if (on) this.listening.add(channel);
    else this.listening.delete(channel);
  }

  async rememberThread(key: string): Promise<void> {
    this.threads.add(key);
    if (this.threads.size > this.maxEntries) {
      const oldest = this.threads.values().next().value;
      if (oldest !== undefined) this.threads.delete(oldest);
    }
  }

  async isBotThread(key: string): Promise<boolean> {
    return this.threads.has(key);
  }

  async saveConversation(platform: "teams", id: string, reference: unknown): Promise<void> {
    this.references.set(`${platform}:${id}`, reference);
  }

  async conversations(platform: "teams"): Promise<{ id: string; reference: unknown }[]> {
    const prefix = `${platform}:`;
    return [...this.references]
      .filter(([key]) => key.startsWith(prefix))
      .map(([key, reference]) => ({ id: key.slice(prefix.length), reference }));
  }

  async recordFeedback(feedback: Feedback): Promise<void> {
    this.feedback.push(feedback);
    if (this.feedback.length > this.maxEntries) this.feedback.shift();
  }
}
