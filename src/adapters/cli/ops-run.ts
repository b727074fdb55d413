// What `srm tips run` and `srm gaps` do, loaded only when one of them runs: read the
// configuration, open its database, do the one thing, close, and return the exit code.
import "dotenv/config";
import { buildBot } from "../../bot.js";
import { ConfigError, parseConfig } from "../../config.js";
import type { Srm } from "../../core/srm.js";
import { createLogger } from "../../observability/logger.js";
import { openConfiguredStore } from "../../store/configured.js";
import { DataDirBusyError } from "../../store/sql/index.js";
import type { Store } from "../../store/store.js";

/** Posts what is due at `now`; 0 when every due tip was posted (or none was due). */
export async function runTipsOnce(srm: Srm, now: Date): Promise<number> {
  return withStore(async (store, config) => {
    const logger = createLogger(config.logLevel);
    const bot = await buildBot(config, srm, { store, logger });
    const runs = await bot.runTips(now);
    for (const run of runs) {
      const why = run.reason ? ` (${run.reason})` : "";
      console.log(`subscription ${run.subscriptionId}, ${run.localDate}: ${run.outcome}${why}`);
    }
    if (runs.length === 0) console.log(`no tip is due at ${now.toISOString()}`);
    return runs.some((r) => r.outcome === "failed" || r.outcome === "error") ? 1 : 0;
  });
}

export async function printGaps(limit: number): Promise<number> {
  return withStore(async (store) => {
    const gaps = await store.gaps(limit);
    if (gaps.length === 0) console.log("no unanswered questions recorded");
    for (const gap of gaps) {
      console.log(
        `${String(gap.count).padStart(5)}  ${gap.lastAsked.toISOString().slice(0, 10)}  ${gap.question}`,
      );
    }
    return 0;
  });
}

async function withStore(
  work: (store: Store, config: ReturnType<typeof parseConfig>) => Promise<number>,
): Promise<number> {
  let store: Store | undefined;
  try {
    const config = parseConfig(process.env);
    store = await openConfiguredStore(config.database, createLogger("warn"));
    return await work(store, config);
  } catch (error) {
    // A server holding the embedded database, or a bad setting: said plainly, exit 2.
    if (error instanceof DataDirBusyError || error instanceof ConfigError) {
      console.error(`srm: ${error.message}`);
      return 2;
    }
    throw error;
  } finally {
    await store?.close();
  }
}
