// How fast one person and one workspace (or tenant) may ask: a token bucket each, from
// rate-limiter-flexible. `SRM_RATE_LIMIT` is questions a minute per person (a workspace gets ten
// times that); `off` turns both off for load tests. A refusal says when to try again.
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";

export interface RateLimits {
  /** Undefined when the question may be answered; else the seconds to wait. */
  wait(user: string, workspace: string): Promise<number | undefined>;
}

export const NO_LIMITS: RateLimits = { wait: async () => undefined };

export function rateLimits(perUserPerMinute: number | "off"): RateLimits {
  if (perUserPerMinute === "off") return NO_LIMITS;
  const users = new RateLimiterMemory({ points: perUserPerMinute, duration: 60 });
  const workspaces = new RateLimiterMemory({ points: perUserPerMinute * 10, duration: 60 });
  return {
    async wait(user, workspace) {
      try {
        await users.consume(user.slice(0, 256));
        await workspaces.consume(workspace.slice(0, 256));
        return undefined;
      } catch (refused) {
        if (!(refused instanceof RateLimiterRes)) throw refused;
        return Math.max(1, Math.ceil(refused.msBeforeNext / 1000));
      }
    },
  };
}

/** The polite answer to someone asking too fast. */
export function slowDown(seconds: number): string {
  return `You're asking faster than I can keep up with. Please try again in ${seconds} second${seconds === 1 ? "" : "s"}.`;
}
