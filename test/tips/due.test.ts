// When a tip is due: at the subscriber's local time, on their weekdays, across daylight saving.
import { describe, expect, it } from "vitest";
import { nextTipTime, tipDue } from "../../src/tips/due.js";
import { subscription } from "./fixtures.js";

const at = (iso: string) => new Date(iso);
const newYork = subscription({ time: "09:00", timezone: "America/New_York", days: "weekdays" });

describe("a tip is due", () => {
  it("at 09:00 New York time in winter (14:00 UTC), not a minute before", () => {
    // Friday 7 March 2025, EST (UTC-5).
    expect(tipDue(newYork, at("2025-03-07T13:59:00Z"))).toEqual({
      due: false,
      localDate: "2025-03-07",
    });
    expect(tipDue(newYork, at("2025-03-07T14:00:00Z"))).toEqual({
      due: true,
      localDate: "2025-03-07",
    });
  });

  it("at 09:00 New York time after clocks go forward (13:00 UTC)", () => {
    // DST began Sunday 9 March 2025; Monday 10 March is EDT (UTC-4).
    expect(tipDue(newYork, at("2025-03-10T12:59:00Z")).due).toBe(false);
    expect(tipDue(newYork, at("2025-03-10T13:00:00Z"))).toEqual({
      due: true,
      localDate: "2025-03-10",
    });
  });

  it("at 09:00 New York time after clocks go back (14:00 UTC)", () => {
    // DST ended Sunday 2 November 2025; Monday 3 November is EST again.
    expect(tipDue(newYork, at("2025-11-03T13:30:00Z")).due).toBe(false);
    expect(tipDue(newYork, at("2025-11-03T14:00:00Z")).due).toBe(true);
  });

  it("until the local day ends, and counts for the local date, not the UTC one", () => {
    // 23:59 New York on Friday is already Saturday in UTC.
    expect(tipDue(newYork, at("2025-03-08T04:59:00Z"))).toEqual({
      due: true,
      localDate: "2025-03-07",
    });
    expect(tipDue(newYork, at("2025-03-08T05:00:00Z"))).toEqual({
      due: false,
      localDate: "2025-03-08",
    });
  });

  it("on weekdays only in the subscriber's timezone, every day when daily", () => {
    // Saturday 8 March 2025 at 10:00 in New York.
    const saturday = at("2025-03-08T15:00:00Z");
    expect(tipDue(newYork, saturday).due).toBe(false);
    expect(tipDue({ ...newYork, days: "daily" }, saturday).due).toBe(true);
    // 07:30 on Monday in Tokyo is still Sunday in UTC; 07:30 on Saturday there is Friday in UTC.
    const tokyo = subscription({ time: "07:00", timezone: "Asia/Tokyo", days: "weekdays" });
    expect(tipDue(tokyo, at("2025-03-09T22:30:00Z"))).toEqual({
      due: true,
      localDate: "2025-03-10",
    });
    expect(tipDue(tokyo, at("2025-03-07T22:30:00Z"))).toEqual({
      due: false,
      localDate: "2025-03-08",
    });
  });

  it("from the next day when the channel subscribed after today's time", () => {
    const late = { ...newYork, createdAt: at("2025-03-07T17:00:00Z") };
    expect(tipDue(late, at("2025-03-07T18:00:00Z")).due).toBe(false);
    expect(tipDue(late, at("2025-03-10T13:00:00Z")).due).toBe(true);
    const early = { ...newYork, createdAt: at("2025-03-07T12:00:00Z") };
    expect(tipDue(early, at("2025-03-07T14:00:00Z")).due).toBe(true);
  });
});

describe("the next tip time", () => {
  it("skips the weekend and follows the clock change", () => {
    // Friday after the post: next is Monday 10 March, 09:00 EDT = 13:00 UTC.
    expect(nextTipTime(newYork, at("2025-03-07T15:00:00Z"))).toEqual(at("2025-03-10T13:00:00Z"));
    expect(nextTipTime({ ...newYork, days: "daily" }, at("2025-03-07T15:00:00Z"))).toEqual(
      at("2025-03-08T14:00:00Z"),
    );
  });
});
