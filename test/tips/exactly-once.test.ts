// Exactly once, against real databases: runners at the same moment post each due channel's tip
// once between them, and a runner that dies after claiming a day loses it only for its lease.
import { expect, it } from "vitest";
import type { Store } from "../../src/store/store.js";
import type { PostResult } from "../../src/tips/post-result.js";
import { runDueTips } from "../../src/tips/run-due.js";
import { describeStores, SQL_KINDS, type StoreHarness } from "../store/stores.js";
import { makeTips, recordingLogger } from "./fixtures.js";

const tips = makeTips(5);
const monday = new Date("2025-03-10T13:05:00Z");
const created = new Date("2025-03-01T00:00:00Z");
const schedule = { time: "09:00", timezone: "America/New_York", days: "weekdays" } as const;
const LEASE = 5 * 60_000;
const later = (ms: number) => new Date(monday.getTime() + ms);

type Post = (channel: string, runnerId: string) => Promise<PostResult>;

function run(store: Store, runnerId: string, now: Date, post: Post) {
  return runDueTips({
    now,
    store,
    tips,
    runnerId,
    leaseMs: LEASE,
    logger: recordingLogger(),
    retry: { attempts: 1, baseDelayMs: 0, maxDelayMs: 0 },
    post: (s) => post(s.channel, runnerId),
  });
}

/** Five stores on one database: each its own pool on PostgreSQL, one shared PGlite. */
async function fiveStores(h: StoreHarness): Promise<Store[]> {
  if (h.kind !== "pg") return Array.from({ length: 5 }, () => h.store);
  return [h.store, ...(await Promise.all([1, 2, 3, 4].map(() => h.openAnother())))];
}

describeStores("exactly-once tips", SQL_KINDS, (h) => {
  it("has five runners at once post each due channel exactly once", async () => {
    const channels = Array.from({ length: 12 }, (_, i) => `C${i}`);
    for (const channel of channels)
      await h.store.subscribeTips("slack", channel, schedule, created);
    const posted: string[] = [];
    const post: Post = async (channel) => {
      await new Promise((resolve) => setImmediate(resolve)); // let the runners interleave
      posted.push(channel);
      return { status: "posted" };
    };
    const stores = await fiveStores(h);
    const runs = await Promise.all(
      stores.map((store, i) => run(store, `runner-${i}`, monday, post)),
    );
    expect(posted.sort()).toEqual([...channels].sort());
    const outcomes = runs.flat().map((r) => r.outcome);
    expect(outcomes.filter((o) => o === "posted")).toHaveLength(12);
    expect(outcomes.filter((o) => o === "taken")).toHaveLength(4 * 12);
    for (const s of await h.store.tipSubscriptions()) {
      expect((await h.store.tipPost(s.id, "2025-03-10"))?.state).toBe("posted");
    }
  }, 30_000);

  it("lets another runner post the day of a runner that hung, once, after its lease", async () => {
    const sub = await h.store.subscribeTips("slack", "C1", schedule, created);
    const [first = h.store, second = h.store] = await fiveStores(h);
    const posts: string[] = [];
    let hung: () => void = () => {};
    const hanging = new Promise<void>((resolve) => {
      hung = resolve;
    });
    const post: Post = async (_channel, runnerId) => {
      posts.push(runnerId);
      if (runnerId === "dead") {
        hung();
        return new Promise<PostResult>(() => {}); // never resolves: the runner is gone
      }
      return { status: "posted" };
    };
    void run(first, "dead", monday, post);
    await hanging;
    expect(await run(second, "alive", later(60_000), post)).toMatchObject([{ outcome: "taken" }]);
    expect(await run(second, "alive", later(LEASE - 1), post)).toMatchObject([
      { outcome: "taken" },
    ]);
    expect(await run(second, "alive", later(LEASE + 60_000), post)).toMatchObject([
      { outcome: "posted" },
    ]);
    expect(await run(first, "third", later(LEASE + 120_000), post)).toMatchObject([
      { outcome: "taken" },
    ]);
    expect(posts).toEqual(["dead", "alive"]);
    expect(await h.store.tipPost(sub.id, "2025-03-10")).toMatchObject({
      state: "posted",
      claimedBy: "alive",
    });
  }, 30_000);

  it("lets another runner post the day of a runner whose post threw, after its lease", async () => {
    await h.store.subscribeTips("slack", "C1", schedule, created);
    const posts: string[] = [];
    const post: Post = async (_channel, runnerId) => {
      posts.push(runnerId);
      if (runnerId === "crashing") throw new Error("socket hang up");
      return { status: "posted" };
    };
    expect(await run(h.store, "crashing", monday, post)).toMatchObject([
      { outcome: "failed", reason: "socket hang up" },
    ]);
    expect(await run(h.store, "alive", later(LEASE / 2), post)).toMatchObject([
      { outcome: "taken" },
    ]);
    expect(await run(h.store, "alive", later(LEASE), post)).toMatchObject([{ outcome: "posted" }]);
    expect(await run(h.store, "other", later(2 * LEASE), post)).toMatchObject([
      { outcome: "taken" },
    ]);
    expect(posts).toEqual(["crashing", "alive"]);
  });
});
