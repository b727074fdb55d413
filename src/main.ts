// Runs the bot server: reads .env (if any) and the environment once, loads the knowledge base,
// listens, and shuts down cleanly on SIGINT/SIGTERM.
import "dotenv/config";
import { buildBot } from "./bot.js";
import { ConfigError, describeConfig, parseConfig } from "./config.js";
import { formatProblem, KnowledgeError } from "./core/knowledge/types.js";
import { Srm } from "./core/srm.js";
import { shippedClassifier } from "./knowledge/classifier-file.js";
import { loadKnowledgeDir } from "./knowledge/files.js";

async function main(): Promise<void> {
  const config = parseConfig(process.env);
  const kb = await loadKnowledgeDir(config.knowledgeDir);
  const bot = buildBot(config, new Srm(kb, Date.now, shippedClassifier()));
  await bot.http.listen(config.port, config.host);
  await bot.start();
  for (const line of describeConfig(config)) console.log(`srm-bot: ${line}`);
  const stop = async (signal: string) => {
    console.log(`srm-bot: ${signal}, finishing requests in flight and shutting down`);
    // The server gives requests in flight up to 10 s; the process never outlives that by much.
    setTimeout(() => process.exit(1), 12_000).unref();
    await bot.stop();
    process.exit(0);
  };
  process.once("SIGINT", () => void stop("SIGINT"));
  process.once("SIGTERM", () => void stop("SIGTERM"));
  // A bug that escapes every handler ends the process, logged, so the supervisor restarts it
  // rather than leave it running in an unknown state.
  for (const event of ["unhandledRejection", "uncaughtException"] as const) {
    process.on(event, (error: unknown) => {
      console.error(`srm-bot: ${event}:`, error instanceof Error ? error.message : error);
      process.exit(1);
    });
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(`srm-bot: ${error.message}`);
  else if (error instanceof KnowledgeError) {
    console.error("srm-bot: the knowledge base is invalid:");
    for (const p of error.problems.slice(0, 20)) console.error(`  ${formatProblem(p)}`);
  } else console.error("srm-bot: failed to start:", error instanceof Error ? error.message : error);
  process.exit(1);
});
