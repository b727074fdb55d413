// The daily tips inside the server: a croner job each minute runs one pass with the clock's time.
// A pass still running when the next minute comes is not started twice (croner's protect).
import { Cron } from "croner";

export interface TipScheduler {
  /** Runs one pass now, as the job does each minute. */
  tick(): Promise<void>;
  /** When the job runs next, or null once stopped. */
  nextRun(): Date | null;
  stop(): void;
}

export interface TipSchedulerOptions {
  /** One pass, usually `(now) => runDueTips({ now, ... })`. */
  readonly run: (now: Date) => Promise<unknown>;
  readonly clock?: () => number;
  /** A pass that throws is reported here; the job keeps running. */
  readonly onError: (error: unknown) => void;
}

export function startTipScheduler(options: TipSchedulerOptions): TipScheduler {
  const clock = options.clock ?? Date.now;
  const tick = async () => {
    try {
      await options.run(new Date(clock()));
    } catch (error) {
      options.onError(error);
    }
  };
  const job = new Cron("* * * * *", { protect: true }, tick);
  return { tick, nextRun: () => job.nextRun(), stop: () => job.stop() };
}
