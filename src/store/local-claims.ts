// The embedded database serves one process, so there is no other replica to share replay claims
// with: they are kept in this process's memory (an LRU with expiry, as the in-memory store keeps
// them) instead of costing a write to the embedded database on every Slack request.
import { LRUCache } from "lru-cache";
import type { Store } from "./store.js";

export function withLocalClaims(store: Store, maxEntries = 50_000): Store {
  const claimed = new LRUCache<string, true>({ max: maxEntries });
  const claimOnce = async (key: string, ttlMs: number) => {
    if (claimed.has(key)) return false;
    claimed.set(key, true, { ttl: ttlMs });
    return true;
  };
  const bound = new Map<PropertyKey, unknown>();
  return new Proxy(store, {
    get(target, property, receiver) {
      if (property === "claimOnce") return claimOnce;
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== "function") return value;
      if (!bound.has(property)) bound.set(property, value.bind(target));
      return bound.get(property);
    },
  });
}
