// Each channel walks the whole tip list in its own shuffled order before any tip repeats. Tips
// removed from the knowledge base are skipped; tips added join at the next reshuffle.
import { randomInt } from "node:crypto";
import type { Tip } from "../core/knowledge/types.js";
import type { StackStore } from "../store/extras.js";
import type { Platform } from "../store/store.js";
import type { TipOrder, TipStore } from "../store/tip-store.js";

/** A number in [0, 1) from the crypto generator: no two channels share a sequence. */
export const cryptoRandom = (): number => randomInt(2 ** 47) / 2 ** 47;

/** Fisher–Yates: every order equally likely. */
export function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

export interface NextTip {
  readonly tip: Tip;
  /** The channel's order once this tip is shown: saved after it is posted. */
  readonly order: TipOrder;
}

/**
 * The channel's next tip and its order after it; undefined when there are no tips. Tips that
 * `prefer` picks (those about the channel's stack) come first among those the walk has left.
 */
export function nextTip(
  tips: readonly Tip[],
  saved: TipOrder | undefined,
  random: () => number,
  prefer?: (tip: Tip) => boolean,
): NextTip | undefined {
  const walk = prefer ? preferredWalk(tips, saved, prefer, random) : saved;
  const byId = new Map(tips.map((tip) => [tip.id, tip]));
  const order = walk?.order ?? [];
  for (let i = walk?.position ?? 0; i < order.length; i++) {
    const tip = byId.get(order[i] ?? "");
    if (tip) return { tip, order: { order, position: i + 1 } };
  }
  const fresh = shuffle([...byId.keys()], random);
  // The last tip of one walk is not the first of the next, when there is another to show.
  const last = order[(walk?.position ?? 0) - 1];
  if (last !== undefined && fresh.length > 1 && fresh[0] === last) {
    [fresh[0], fresh[1]] = [fresh[1] as string, last];
  }
  const first = byId.get(fresh[0] ?? "");
  return first && { tip: first, order: { order: fresh, position: 1 } };
}

/**
 * Takes the channel's next tip and moves its order on at once: for "tips now". A store that
 * also keeps saved stacks (the bot's own does) has the tips about the channel's stack first.
 */
export async function takeNextTip(
  store: TipStore & Partial<Pick<StackStore, "savedStack">>,
  platform: Platform,
  channel: string,
  tips: readonly Tip[],
  random: () => number = cryptoRandom,
): Promise<Tip | undefined> {
  const stack = await stackOf(store, platform, channel);
  const prefer = stack.length > 0 ? aboutStack(stack) : undefined;
  const next = nextTip(tips, await store.tipOrder(platform, channel), random, prefer);
  if (next) await store.saveTipOrder(platform, channel, next.order);
  return next?.tip;
}

/** Whether a tip is about a service of a stack kept as column ids ("aws-eks:fargate"). */
export function aboutStack(ids: readonly string[]): (tip: Tip) => boolean {
  const services = new Set(ids.map((id) => id.split(":")[0]));
  return (tip) => tip.services.some((s) => services.has(s));
}

/**
 * The walk with the preferred tips moved ahead of the others among those not yet shown, each
 * side in its shuffled order; the tips already shown stay shown, so every tip is still shown
 * once before any repeats. A finished walk (or none) becomes a fresh shuffle, preferred first,
 * not opening with the tip the last walk ended on when another can.
 */
export function preferredWalk(
  tips: readonly Tip[],
  saved: TipOrder | undefined,
  prefer: (tip: Tip) => boolean,
  random: () => number,
): TipOrder {
  const byId = new Map(tips.map((tip) => [tip.id, tip]));
  const order = saved?.order ?? [];
  const position = saved?.position ?? 0;
  const preferred = (id: string) => {
    const tip = byId.get(id);
    return tip !== undefined && prefer(tip);
  };
  const left = order.slice(position);
  if (left.some((id) => byId.has(id))) {
    const ahead = [...left.filter(preferred), ...left.filter((id) => !preferred(id))];
    return { order: [...order.slice(0, position), ...ahead], position };
  }
  const fresh = shuffle([...byId.keys()], random);
  const next = [...fresh.filter(preferred), ...fresh.filter((id) => !preferred(id))];
  const last = order[position - 1];
  if (last !== undefined && next.length > 1 && next[0] === last) {
    [next[0], next[1]] = [next[1] as string, last];
  }
  return { order: next, position: 0 };
}

/**
 * The store as the daily-tip runner sees it, with each channel's walk putting the tips about
 * its saved stack first (see preferredWalk); everything else is the store itself.
 */
export function preferringStackTips<S extends TipStore & Pick<StackStore, "savedStack">>(
  store: S,
  tips: readonly Tip[],
  random: () => number = cryptoRandom,
): S {
  const tipOrder: TipStore["tipOrder"] = async (platform, channel) => {
    const saved = await store.tipOrder(platform, channel);
    const stack = await stackOf(store, platform, channel);
    return stack.length > 0 ? preferredWalk(tips, saved, aboutStack(stack), random) : saved;
  };
  return new Proxy(store, {
    get(target, key) {
      if (key === "tipOrder") return tipOrder;
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

/** The channel's saved stack; none when the store keeps none or cannot say right now. */
async function stackOf(
  store: Partial<Pick<StackStore, "savedStack">>,
  platform: Platform,
  channel: string,
): Promise<readonly string[]> {
  if (typeof store.savedStack !== "function") return [];
  // A preference only: a store that fails here must not stop the tip.
  return store.savedStack(platform, channel).catch(() => []);
}
