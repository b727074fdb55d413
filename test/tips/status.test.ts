// What `tips status` tells a channel.
import { describe, expect, it } from "vitest";
import { tipsStatusText } from "../../src/tips/status.js";
import { subscription } from "./fixtures.js";

const friday = new Date("2025-03-07T15:00:00Z");

describe("tips status", () => {
  it("says tips are off where no one subscribed", () => {
    expect(tipsStatusText(undefined, friday)).toMatch(/off here.*`tips on`/);
  });

  it("gives the schedule and when the next tip is due", () => {
    expect(tipsStatusText(subscription(), friday)).toBe(
      "Daily tips are on: 09:00 America/New_York, on weekdays. The next one is due 2025-03-10T13:00:00.000Z.",
    );
  });

  it("says why tips were turned off", () => {
    const off = subscription({
      enabled: false,
      disabledReason: "channel_not_found",
      days: "daily",
    });
    expect(tipsStatusText(off, friday)).toBe(
      "Daily tips are off here (channel_not_found); they were set for 09:00 America/New_York every day.",
    );
  });
});
