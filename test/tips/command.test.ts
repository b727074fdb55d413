// Reading the tips command: defaults, any order of words, and clear errors.
import { describe, expect, it } from "vitest";
import { parseTipsCommand } from "../../src/tips/command.js";

describe("the tips command", () => {
  it("turns tips on at 09:00 on weekdays in the asker's timezone by default", () => {
    expect(parseTipsCommand("tips on", "Europe/Berlin")).toEqual({
      ok: true,
      command: {
        kind: "on",
        schedule: { time: "09:00", timezone: "Europe/Berlin", days: "weekdays" },
      },
    });
  });

  it("takes a time, a timezone and the days in any order", () => {
    const parsed = parseTipsCommand("tips on daily america/new_york 7:45", "UTC");
    expect(parsed).toEqual({
      ok: true,
      command: {
        kind: "on",
        schedule: { time: "07:45", timezone: "America/New_York", days: "daily" },
      },
    });
    const bare = parseTipsCommand("on 18:00 UTC weekdays", "Europe/Paris");
    expect(bare).toMatchObject({
      ok: true,
      command: { schedule: { time: "18:00", timezone: "UTC" } },
    });
  });

  it("reads off, status and now, and status for the bare word", () => {
    expect(parseTipsCommand("tips off", "UTC")).toEqual({ ok: true, command: { kind: "off" } });
    expect(parseTipsCommand("TIPS Status", "UTC")).toEqual({
      ok: true,
      command: { kind: "status" },
    });
    expect(parseTipsCommand("tips now", "UTC")).toEqual({ ok: true, command: { kind: "now" } });
    expect(parseTipsCommand("tips", "UTC")).toEqual({ ok: true, command: { kind: "status" } });
  });

  it("refuses a time that is no 24-hour time", () => {
    for (const time of ["25:00", "09:60", "9am", "0900", "9:5"]) {
      const parsed = parseTipsCommand(`tips on ${time}`, "UTC");
      expect(parsed).toEqual({
        ok: false,
        error: expect.stringContaining(`\`${time}\` is not a time`),
      });
    }
  });

  it("refuses a timezone it does not know, naming it", () => {
    const parsed = parseTipsCommand("tips on 09:00 Mars/Olympus", "UTC");
    expect(parsed).toEqual({
      ok: false,
      error: expect.stringContaining("I don't know the timezone `Mars/Olympus`"),
    });
  });

  it("falls back to UTC when the asker's own timezone is unknown", () => {
    expect(parseTipsCommand("tips on", "Not/AZone")).toMatchObject({
      command: { schedule: { timezone: "UTC" } },
    });
  });

  it("refuses unknown verbs, repeated settings and words after off", () => {
    expect(parseTipsCommand("tips sometimes", "UTC")).toMatchObject({
      ok: false,
      error: expect.stringContaining("`tips sometimes`"),
    });
    expect(parseTipsCommand("tips on 09:00 10:00", "UTC")).toMatchObject({ ok: false });
    expect(parseTipsCommand("tips on daily weekdays", "UTC")).toMatchObject({ ok: false });
    expect(parseTipsCommand("tips off please", "UTC")).toMatchObject({ ok: false });
  });
});
