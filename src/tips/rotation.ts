// Each channel walks the whole tip list in its own shuffled order before any tip repeats. Tips
// removed from the knowledge base are skipped; tips added join at the next reshuffle.
import { randomInt } from "node:crypto";
import type { Tip } from "../core/knowledge/types.js";
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

/** The channel's next tip and its order after it; undefined when there are no tips. */
export function nextTip(
  tips: readonly Tip[],
  saved: TipOrder | undefined,
  random: () => number,
): NextTip | undefined {
  const byId = new Map(tips.map((tip) => [tip.id, tip]));
  const order = saved?.order ?? [];
  for (let i = saved?.position ?? 0; i < order.length; i++) {
    const tip = byId.get(order[i] ?? "");
    if (tip) return { tip, order: { order, position: i + 1 } };
  }
  const fresh = shuffle([...byId.keys()], random);
  // The last tip of one walk is not the first of the next, when there is another to show.
  const last = order[(saved?.position ?? 0) - 1];
  if (last !== undefined && fresh.length > 1 && fresh[0] === last) {
    [fresh[0], fresh[1]] = [fresh[1] as string, last];
  }
  const first = byId.get(fresh[0] ?? "");
  return first && { tip: first, order: { order: fresh, position: 1 } };
}

/** Takes the channel's next tip and moves its order on at once: for "tips now". */
export async function takeNextTip(
  store: TipStore,
  platform: Platform,
  channel: string,
  tips: readonly Tip[],
  random: () => number = cryptoRandom,
): Promise<Tip | undefined> {
  const next = nextTip(tips, await store.tipOrder(platform, channel), random);
  if (next) await store.saveTipOrder(platform, channel, next.order);
  return next?.tip;
}
