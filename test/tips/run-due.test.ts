// One pass of the daily tips on every store: due subscriptions get a tip once a day, in their own
// order; a channel that refuses posts is turned off; failures that may pass are retried.
import { expect, it } from "vitest";
import type { Tip } from "../../src/core/knowledge/types.js";
import type { TipSubscription } from "../../src/store/tip-store.js";
import type { PostResult } from "../../src/tips/post-result.js";
import { type RunDueTipsOptions, runDueTips } from "../../src/tips/run-due.js";
import { ALL_KINDS, describeStores, type StoreHarness } from "../store/stores.js";
import { makeTips, recordingLogger } from "./fixtures.js";

const tips = makeTips(5);
const monday = new Date("2025-03-10T13:05:00Z"); // 09:05 in New York, 14:05 in Berlin
const created = new Date("2025-03-01T00:00:00Z");
const minutes = (n: number) => n * 60_000;

function runner(h: StoreHarness, result: (s: TipSubscription, tip: Tip) => PostResult) {
  const posts: { channel: string; tip: string }[] = [];
  const sleeps: number[] = [];
  const logger = recordingLogger();
  const run = (now: Date, extra: Partial<RunDueTipsOptions> = {}) =>
    runDueTips({
      now,
      store: h.store,
      tips,
      runnerId: "runner-1",
      logger,
      sleep: async (ms) => {
        sleeps.push(ms);
      },
      post: async (s, tip) => {
        posts.push({ channel: s.channel, tip: tip.id });
        return result(s, tip);
      },
      ...extra,
    });
  return { run, posts, sleeps, logger };
}

const ok = (): PostResult => ({ status: "posted" });
const ny = { time: "09:00", timezone: "America/New_York", days: "weekdays" } as const;

describeStores("running due tips", ALL_KINDS, (h) => {
  it("posts each due subscription once a day, a different tip the next day", async () => {
    const c1 = await h.store.subscribeTips("slack", "C1", ny, created);
    await h.store.subscribeTips("teams", "19:x", { ...ny, timezone: "Europe/Berlin" }, created);
    await h.store.subscribeTips("slack", "C3", { ...ny, time: "10:00" }, created);
    await h.store.subscribeTips("slack", "C4", ny, created);
    await h.store.disableTips("slack", "C4", "turned off");
    const r = runner(h, ok);
    const first = await r.run(monday);
    expect(first.map((run) => run.outcome)).toEqual(["posted", "posted"]);
    expect(r.posts.map((p) => p.channel)).toEqual(["C1", "19:x"]);
    expect((await r.run(new Date(monday.getTime() + minutes(1)))).map((x) => x.outcome)).toEqual([
      "taken",
      "taken",
    ]);
    expect(r.posts).toHaveLength(2);
    const post = await h.store.tipPost(c1.id, "2025-03-10");
    expect(post).toMatchObject({ state: "posted", tipId: r.posts[0]?.tip, postedAt: monday });
    await r.run(new Date("2025-03-11T13:05:00Z"));
    const c1Tips = r.posts.filter((p) => p.channel === "C1").map((p) => p.tip);
    expect(c1Tips).toHaveLength(2);
    expect(new Set(c1Tips).size).toBe(2);
    expect((await h.store.tipOrder("slack", "C1"))?.position).toBe(2);
  });

  it("posts nothing before the subscriber's time", async () => {
    await h.store.subscribeTips("slack", "C1", ny, created);
    const r = runner(h, ok);
    expect(await r.run(new Date("2025-03-10T12:59:00Z"))).toEqual([]);
    expect(r.posts).toEqual([]);
  });

  it("turns tips off for a channel that refuses posts, saying why", async () => {
    await h.store.subscribeTips("slack", "C1", ny, created);
    const r = runner(h, () => ({ status: "permanent", reason: "channel_not_found" }));
    expect(await r.run(monday)).toMatchObject([
      { outcome: "disabled", reason: "channel_not_found" },
    ]);
    expect(await h.store.tipSubscription("slack", "C1")).toMatchObject({
      enabled: false,
      disabledReason: "channel_not_found",
    });
    const warning = r.logger.entries.find((e) => e.level === "warn");
    expect(warning?.details).toMatchObject({ channel: "C1", reason: "channel_not_found" });
    expect(await r.run(new Date("2025-03-11T13:05:00Z"))).toEqual([]);
    expect(r.posts).toHaveLength(1);
  });

  it("reads a thrown Slack error: an archived channel is turned off", async () => {
    await h.store.subscribeTips("slack", "C1", ny, created);
    const r = runner(h, () => {
      throw Object.assign(new Error("An API error occurred: is_archived"), {
        data: { ok: false, error: "is_archived" },
      });
    });
    expect(await r.run(monday)).toMatchObject([{ outcome: "disabled", reason: "is_archived" }]);
    expect((await h.store.tipSubscription("slack", "C1"))?.enabled).toBe(false);
  });

  it("retries a rate-limited post after Retry-After and posts it", async () => {
    await h.store.subscribeTips("slack", "C1", ny, created);
    let calls = 0;
    const r = runner(h, () =>
      ++calls < 3 ? { status: "transient", reason: "rate_limited", retryAfterMs: 2_000 } : ok(),
    );
    expect(await r.run(monday)).toMatchObject([{ outcome: "posted" }]);
    expect(r.sleeps).toEqual([2_000, 2_000]);
    expect(r.posts).toHaveLength(3);
    expect(new Set(r.posts.map((p) => p.tip)).size).toBe(1);
  });

  it("leaves a day that keeps failing to a later pass once the claim expires", async () => {
    const c1 = await h.store.subscribeTips("slack", "C1", ny, created);
    let failing = true;
    const r = runner(h, () => (failing ? { status: "transient", reason: "http_503" } : ok()));
    expect(await r.run(monday, { leaseMs: minutes(5) })).toMatchObject([
      { outcome: "failed", reason: "http_503" },
    ]);
    expect(r.sleeps).toEqual([1_000, 2_000]);
    expect((await h.store.tipPost(c1.id, "2025-03-10"))?.state).toBe("claimed");
    failing = false;
    const soon = await r.run(new Date(monday.getTime() + minutes(1)));
    expect(soon.map((x) => x.outcome)).toEqual(["taken"]);
    expect(r.posts).toHaveLength(3);
    const later = await r.run(new Date(monday.getTime() + minutes(6)));
    expect(later.map((x) => x.outcome)).toEqual(["posted"]);
    expect(r.posts).toHaveLength(4);
  });

  it("gives up at once when Retry-After is longer than it waits", async () => {
    await h.store.subscribeTips("slack", "C1", ny, created);
    const r = runner(h, () => ({
      status: "transient",
      reason: "rate_limited",
      retryAfterMs: 120_000,
    }));
    expect(await r.run(monday)).toMatchObject([{ outcome: "failed" }]);
    expect(r.sleeps).toEqual([]);
    expect(r.posts).toHaveLength(1);
  });
});
