// Losing the database must not stop answers. The calls the answer path makes on every message
// fall back to what an empty store would say when the database fails (not listening, not a bot
// thread, nothing to remember, a request never seen before), and the failure is logged at most
// once a minute. Everything else (tips, stacks, listen mode being set) still throws, so the
// person who asked is told it did not happen.
import type { Store } from "./store.js";

type Fallbacks = { readonly [K in keyof Store]?: Awaited<ReturnType<Store[K]>> };

const FALLBACKS: Fallbacks = {
  isListening: false,
  isBotThread: false,
  rememberThread: undefined,
  recordFeedback: undefined,
  saveConversation: undefined,
  // A replay may be answered twice while the database is down, rather than nothing answered.
  claimOnce: true,
  recordUnanswered: undefined,
  ticks: [],
};

/** Called with the method that failed and why; the caller decides how often to log it. */
export type StoreFailure = (method: string, error: unknown) => void;

export function resilientStore(store: Store, onFailure: StoreFailure): Store {
  // Each method is wrapped once, not on every call of the answer path.
  const wrapped = new Map<PropertyKey, unknown>();
  return new Proxy(store, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== "function") return value;
      if (!wrapped.has(property)) wrapped.set(property, wrap(target, property, value, onFailure));
      return wrapped.get(property);
    },
  });
}

function wrap(
  target: Store,
  property: PropertyKey,
  method: (...args: unknown[]) => unknown,
  onFailure: StoreFailure,
): unknown {
  if (!Object.hasOwn(FALLBACKS, property)) return method.bind(target);
  const fallback = FALLBACKS[property as keyof Fallbacks];
  return async (...args: unknown[]) => {
    try {
      return await method.apply(target, args);
    } catch (error) {
      onFailure(String(property), error);
      return fallback;
    }
  };
}
