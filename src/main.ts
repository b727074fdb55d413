// Runs the bot server: reads .env (if any) and the environment once, loads the knowledge base,
// listens, and shuts down cleanly on SIGINT/SIGTERM. Every line it writes is a JSON log line.
import "dotenv/config";
import { buildBot } from "./bot.js";
import { ConfigError, parseConfig } from "./config.js";
import { describeConfig } from "./config-description.js";
import { formatProblem, KnowledgeError } from "./core/knowledge/types.js";
import { Srm } from "./core/srm.js";
import { shippedClassifier } from "./knowledge/classifier-file.js";
import { loadKnowledgeDir } from "./knowledge/files.js";
import { createLogger, type Logger } from "./observability/logger.js";
import { openConfiguredStore } from "./store/configured.js";
import { DataDirBusyError } from "./store/sql/index.js";

async function main(logger: Logger): Promise<void> {
  const config = parseConfig(process.env);
  logger.level = config.logLevel;
  const kb = await loadKnowledgeDir(config.knowledgeDir);
  const srm = new Srm(kb, Date.now, shippedClassifier());
  srm.warm();
  const store = await openConfiguredStore(config.database, logger);
  const bot = await buildBot(config, srm, { logger, store });
  // PORT=0 takes any free port: the log says which.
  const { address, port } = await bot.http.listen(config.port, config.host);
  await bot.start();
  logger.info(`listening on ${address}:${port}`);
  for (const line of describeConfig(config).slice(1)) logger.info(line);
  const stop = async (signal: string) => {
    logger.info({ signal }, "finishing requests in flight and shutting down");
    // The server gives requests in flight up to 10 s; the process never outlives that by much.
    setTimeout(() => process.exit(1), 12_000).unref();
    await bot.stop();
    await store.close();
    process.exit(0);
  };
  process.once("SIGINT", () => void stop("SIGINT"));
  process.once("SIGTERM", () => void stop("SIGTERM"));
}

const logger = createLogger("info");
// A bug that escapes every handler ends the process, logged, so the supervisor restarts it
// rather than leave it running in an unknown state.
for (const event of ["unhandledRejection", "uncaughtException"] as const) {
  process.on(event, (error: unknown) => {
    logger.fatal({ err: error instanceof Error ? error.message : String(error) }, event);
    process.exit(1);
  });
}

main(logger).catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof DataDirBusyError)
    logger.fatal(error.message);
  else if (error instanceof KnowledgeError) {
    logger.fatal(
      { problems: error.problems.slice(0, 20).map(formatProblem) },
      "the knowledge base is invalid",
    );
  } else
    logger.fatal(
      { err: error instanceof Error ? error.message : String(error) },
      "failed to start",
    );
  process.exit(1);
});
