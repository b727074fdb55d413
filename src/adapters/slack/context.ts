// What every Slack listener needs, passed in: the core, the store, the escalation channel.
import type { Srm } from "../../core/srm.js";
import type { Logger } from "../../observability/logger.js";
import type { BotMetrics } from "../../observability/metrics.js";
import type { Store } from "../../store/store.js";
import type { RateLimits } from "../rate-limits.js";

/** A channel command typed with /srm: its words, and who typed it where. */
export interface SlackChannelAsk {
  readonly text: string;
  readonly team: string;
  readonly channel: string;
  readonly user: string;
}

export interface SlackDeps {
  readonly srm: Srm;
  readonly store: Store;
  readonly limits: RateLimits;
  readonly metrics: BotMetrics;
  readonly logger: Logger;
  readonly escalationChannel?: string;
}
