// Slack retries an event it thinks was not delivered (X-Slack-Retry-Num); a retried event
// must not be answered twice. The first delivery of each event id is processed, later ones
// are acknowledged and dropped. Bounded memory: the oldest ids are forgotten first.
import type { AnyMiddlewareArgs, Middleware } from "@slack/bolt";

export function onceEach(max = 10_000): Middleware<AnyMiddlewareArgs> {
  const seen = new Set<string>();
  return async ({ body, next }) => {
    const id = (body as { event_id?: unknown }).event_id;
    if (typeof id === "string") {
      if (seen.has(id)) return;
      seen.add(id);
      if (seen.size > max) {
        const oldest = seen.values().next().value;
        if (oldest !== undefined) seen.delete(oldest);
      }
    }
    await next();
  };
}
