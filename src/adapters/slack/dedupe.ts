// Slack retries an event it thinks was not delivered (X-Slack-Retry-Num); a retried event
// must not be answered twice. The first delivery of each event id is processed, later ones
// are acknowledged and dropped. Bounded memory: an LRU of the most recent ids.
import type { AnyMiddlewareArgs, Middleware } from "@slack/bolt";
import { LRUCache } from "lru-cache";

export function onceEach(max = 10_000): Middleware<AnyMiddlewareArgs> {
  const seen = new LRUCache<string, true>({ max });
  return async ({ body, next }) => {
    const id = (body as { event_id?: unknown }).event_id;
    if (typeof id === "string" && id.length <= 128) {
      if (seen.has(id)) return;
      seen.set(id, true);
    }
    await next();
  };
}
