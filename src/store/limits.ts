// Bounds on what users can make the bot keep, shared by every store so they behave alike.
export { MAX_KEY } from "../core/conversations.js";

/** A checklist item id longer than this is no item of ours. */
export const MAX_ITEM_ID = 128;
/** No checklist has more items than this. */
export const MAX_TICKS_PER_MESSAGE = 200;
/** At most this many unanswered questions are kept; the least asked, oldest go first. */
export const MAX_UNANSWERED = 10_000;
/** A saved stack keeps at most this many service ids. */
export const MAX_STACK_SERVICES = 100;
/** A service id longer than this is no service of ours. */
export const MAX_SERVICE_ID = 128;

/** The stack as kept: unique, bounded ids in the order given. */
export function boundedStack(services: readonly string[]): string[] {
  const kept = services.filter((s) => s.length > 0 && s.length <= MAX_SERVICE_ID);
  return [...new Set(kept)].slice(0, MAX_STACK_SERVICES);
}
