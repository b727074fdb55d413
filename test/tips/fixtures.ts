// Tips, subscriptions and a recording logger for the tip tests.
import type { Tip } from "../../src/core/knowledge/types.js";
import type { TipSubscription } from "../../src/store/tip-store.js";
import type { TipsLogger } from "../../src/tips/run-due.js";

export function makeTips(count: number, prefix = "tip"): Tip[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `${prefix}-${i + 1}`,
    text: `Tip number ${i + 1}`,
    areas: [],
    services: [],
    source: "https://example.com",
  }));
}

export function subscription(overrides: Partial<TipSubscription> = {}): TipSubscription {
  return {
    id: 1,
    platform: "slack",
    channel: "C1",
    time: "09:00",
    timezone: "America/New_York",
    days: "weekdays",
    enabled: true,
    disabledReason: undefined,
    createdAt: new Date("2024-01-01T00:00:00Z"),
    ...overrides,
  };
}

export interface LogEntry {
  readonly level: "info" | "warn" | "error";
  readonly message: string;
  readonly details: Record<string, unknown>;
}

export function recordingLogger(): TipsLogger & { entries: LogEntry[] } {
  const entries: LogEntry[] = [];
  const at =
    (level: LogEntry["level"]) =>
    (details: object, message: string): void => {
      entries.push({ level, message, details: details as Record<string, unknown> });
    };
  return { entries, info: at("info"), warn: at("warn"), error: at("error") };
}
