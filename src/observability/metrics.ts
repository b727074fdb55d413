// Prometheus metrics (prom-client), served at GET /metrics: requests by platform and status,
// their latency, acknowledgments slower than Slack's 3 seconds, answers by intent (the unknown
// rate among them) and the process's own metrics. One registry per bot, so tests never share.
import { Counter, collectDefaultMetrics, Histogram, Registry } from "prom-client";

export type Platform = "slack" | "teams" | "probe" | "other";

export class BotMetrics {
  readonly registry = new Registry();
  private readonly requests = new Counter({
    name: "srm_requests_total",
    help: "HTTP requests by platform and status code",
    labelNames: ["platform", "status"] as const,
    registers: [this.registry],
  });
  private readonly latency = new Histogram({
    name: "srm_request_duration_seconds",
    help: "Time from a request's arrival to its response, by platform",
    labelNames: ["platform"] as const,
    buckets: [0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 3, 10],
    registers: [this.registry],
  });
  private readonly slowAcks = new Counter({
    name: "srm_slow_acknowledgments_total",
    help: "Platform requests answered after more than 3 seconds",
    labelNames: ["platform"] as const,
    registers: [this.registry],
  });
  private readonly answers = new Counter({
    name: "srm_answers_total",
    help: "Answers by platform and intent (unknown: not answered with confidence)",
    labelNames: ["platform", "intent"] as const,
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  /** One request done: its platform, status and duration in seconds. */
  request(platform: Platform, status: number, seconds: number): void {
    this.requests.inc({ platform, status: String(status) });
    this.latency.observe({ platform }, seconds);
    if ((platform === "slack" || platform === "teams") && seconds > 3)
      this.slowAcks.inc({ platform });
  }

  /** One answer given, by its intent. */
  answered(platform: "slack" | "teams", intent: string): void {
    this.answers.inc({ platform, intent });
  }
}
