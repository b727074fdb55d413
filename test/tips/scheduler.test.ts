// The in-process scheduler: each pass gets the clock's time, a failing pass is reported and the
// job goes on, and stopping it ends the job.
import { describe, expect, it } from "vitest";
import { startTipScheduler } from "../../src/tips/scheduler.js";

describe("the tip scheduler", () => {
  it("runs a pass with the clock's time and is due again at the next minute", async () => {
    const seen: Date[] = [];
    const scheduler = startTipScheduler({
      run: async (now) => {
        seen.push(now);
      },
      clock: () => Date.parse("2025-03-10T13:05:00Z"),
      onError: () => {},
    });
    try {
      await scheduler.tick();
      expect(seen).toEqual([new Date("2025-03-10T13:05:00Z")]);
      const next = scheduler.nextRun();
      expect(next?.getUTCSeconds()).toBe(0);
      expect((next?.getTime() ?? 0) - Date.now()).toBeLessThanOrEqual(60_000);
    } finally {
      scheduler.stop();
    }
    expect(scheduler.nextRun()).toBeNull();
  });

  it("reports a pass that throws and keeps going", async () => {
    const errors: unknown[] = [];
    let passes = 0;
    const scheduler = startTipScheduler({
      run: async () => {
        passes++;
        throw new Error("database down");
      },
      onError: (error) => errors.push(error),
    });
    try {
      await scheduler.tick();
      await scheduler.tick();
      expect(passes).toBe(2);
      expect(errors.map((e) => (e as Error).message)).toEqual(["database down", "database down"]);
      expect(scheduler.nextRun()).not.toBeNull();
    } finally {
      scheduler.stop();
    }
  });
});
