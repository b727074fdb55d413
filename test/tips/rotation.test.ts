// Each channel sees every tip once before any repeats, in its own order.
import { describe, expect, it } from "vitest";
import { MemoryStore } from "../../src/store/memory-store.js";
import type { TipOrder } from "../../src/store/tip-store.js";
import { cryptoRandom, nextTip, shuffle, takeNextTip } from "../../src/tips/rotation.js";
import { makeTips } from "./fixtures.js";

function walk(tips: ReturnType<typeof makeTips>, days: number, start?: TipOrder) {
  let order = start;
  const shown: string[] = [];
  for (let day = 0; day < days; day++) {
    const next = nextTip(tips, order, cryptoRandom);
    if (!next) throw new Error("no tip");
    shown.push(next.tip.id);
    order = next.order;
  }
  return { shown, order };
}

describe("the tip rotation", () => {
  it("shows every tip once before any repeats, walk after walk", () => {
    const tips = makeTips(7);
    const { shown } = walk(tips, 21);
    const ids = tips.map((t) => t.id).sort();
    for (let w = 0; w < 3; w++) expect(shown.slice(w * 7, w * 7 + 7).sort()).toEqual(ids);
    // Consecutive walks do not start with the tip the last one ended on.
    expect(shown[7]).not.toBe(shown[6]);
    expect(shown[14]).not.toBe(shown[13]);
  });

  it("skips tips removed from the knowledge base and adds new ones at the next walk", () => {
    const tips = makeTips(4);
    const { order } = walk(tips, 1);
    const remaining = tips.filter((t) => t.id !== order?.order[1]);
    const added = [...remaining, ...makeTips(2, "new")];
    // The rest of the first walk (the two old tips left), then a walk of all five.
    const { shown } = walk(added, 2 + 5, order);
    expect(shown.slice(0, 2).sort()).toEqual([order?.order[2], order?.order[3]].sort());
    expect(shown.slice(2).sort()).toEqual(added.map((t) => t.id).sort());
  });

  it("shuffles with every order possible and nothing lost", () => {
    const seen = new Set<string>();
    for (let i = 0; i < 300; i++) seen.add(shuffle(["a", "b", "c"], Math.random).join(""));
    expect(seen.size).toBe(6);
  });

  it("has nothing to show when there are no tips", () => {
    expect(nextTip([], undefined, cryptoRandom)).toBeUndefined();
  });

  it("moves a channel's order on when a tip is taken now", async () => {
    const store = new MemoryStore();
    const tips = makeTips(3);
    const taken = [];
    for (let i = 0; i < 3; i++) taken.push((await takeNextTip(store, "slack", "C1", tips))?.id);
    expect(taken.sort()).toEqual(["tip-1", "tip-2", "tip-3"]);
    expect((await store.tipOrder("slack", "C1"))?.position).toBe(3);
  });
});
