// What the tip scheduler keeps, the same on every store: subscriptions, each channel's order and
// the claims that make a day's tip go out once.
import { expect, it } from "vitest";
import type { TipClaim, TipSchedule } from "../../src/store/tip-store.js";
import { ALL_KINDS, describeStores } from "./stores.js";

const nineInBerlin: TipSchedule = { time: "09:00", timezone: "Europe/Berlin", days: "weekdays" };
const created = new Date("2025-01-06T08:00:00Z");

describeStores("the tip store", ALL_KINDS, (h) => {
  it("subscribes a channel once and updates it in place", async () => {
    const first = await h.store.subscribeTips("slack", "C1", nineInBerlin, created);
    expect(first).toMatchObject({ platform: "slack", channel: "C1", ...nineInBerlin });
    expect(first).toMatchObject({ enabled: true, disabledReason: undefined, createdAt: created });
    await h.store.disableTips("slack", "C1", "turned off");
    const off = await h.store.tipSubscription("slack", "C1");
    expect(off).toMatchObject({ enabled: false, disabledReason: "turned off" });
    const daily = { ...nineInBerlin, time: "07:30", days: "daily" } as const;
    const again = await h.store.subscribeTips("slack", "C1", daily, new Date());
    expect(again).toEqual({ ...first, ...daily });
    expect(await h.store.tipSubscription("teams", "C1")).toBeUndefined();
  });

  it("lists subscriptions by id, all or only those enabled", async () => {
    const a = await h.store.subscribeTips("slack", "C1", nineInBerlin, created);
    const b = await h.store.subscribeTips("teams", "19:abc", nineInBerlin, created);
    const c = await h.store.subscribeTips("slack", "C2", nineInBerlin, created);
    await h.store.disableTips("teams", "19:abc", "http_404");
    const ids = (list: { id: number }[]) => list.map((s) => s.id);
    expect(ids(await h.store.tipSubscriptions())).toEqual([a.id, b.id, c.id]);
    expect(ids(await h.store.tipSubscriptions({ enabledOnly: true }))).toEqual([a.id, c.id]);
    await h.store.deleteTipSubscription("slack", "C1");
    expect(ids(await h.store.tipSubscriptions())).toEqual([b.id, c.id]);
  });

  it("keeps each channel's tip order and position", async () => {
    expect(await h.store.tipOrder("slack", "C1")).toBeUndefined();
    await h.store.saveTipOrder("slack", "C1", { order: ["b", "a", "c"], position: 1 });
    await h.store.saveTipOrder("slack", "C1", { order: ["b", "a", "c"], position: 2 });
    await h.store.saveTipOrder("teams", "C1", { order: ["c"], position: 0 });
    expect(await h.store.tipOrder("slack", "C1")).toEqual({ order: ["b", "a", "c"], position: 2 });
    expect(await h.store.tipOrder("teams", "C1")).toEqual({ order: ["c"], position: 0 });
  });

  it("gives a day's claim to one runner until its lease runs out unposted", async () => {
    const sub = await h.store.subscribeTips("slack", "C1", nineInBerlin, created);
    const day = "2025-01-06";
    const one: TipClaim = { subscriptionId: sub.id, localDate: day, runnerId: "one" };
    const two: TipClaim = { ...one, runnerId: "two" };
    const t0 = new Date("2025-01-06T08:00:00Z");
    const at = (ms: number) => new Date(t0.getTime() + ms);
    expect(await h.store.claimTipPost(one, at(60_000), t0)).toBe(true);
    expect(await h.store.claimTipPost(two, at(90_000), at(59_999))).toBe(false);
    expect(await h.store.claimTipPost(two, at(120_000), at(60_000))).toBe(true);
    // The first runner's claim is gone: it cannot mark the post as its own.
    expect(await h.store.markTipPosted(one, "tip-a", at(61_000))).toBe(false);
    expect(await h.store.markTipPosted(two, "tip-a", at(61_000))).toBe(true);
    expect(await h.store.claimTipPost(one, at(10 * 60_000), at(5 * 60_000))).toBe(false);
    expect(await h.store.tipPost(sub.id, day)).toEqual({
      subscriptionId: sub.id,
      localDate: day,
      state: "posted",
      claimedBy: "two",
      leaseExpiresAt: at(120_000),
      postedAt: at(61_000),
      tipId: "tip-a",
    });
    const nextDay = { ...one, localDate: "2025-01-07" };
    expect(await h.store.claimTipPost(nextDay, at(60_000), t0)).toBe(true);
  });

  it("grants one of many concurrent claims on a day", async () => {
    const sub = await h.store.subscribeTips("slack", "C1", nineInBerlin, created);
    const now = new Date("2025-01-06T08:00:00Z");
    const lease = new Date(now.getTime() + 60_000);
    const claims = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        h.store.claimTipPost(
          { subscriptionId: sub.id, localDate: "2025-01-06", runnerId: `r${i}` },
          lease,
          now,
        ),
      ),
    );
    expect(claims.filter(Boolean)).toHaveLength(1);
  });
});
