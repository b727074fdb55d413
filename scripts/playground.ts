// `npm run teams:playground`: the bot, unauthenticated on this machine only, with Microsoft's
// Agents Playground (a Teams-like chat page) pointed at it. No Azure registration needed.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { buildBot } from "../src/bot.js";
import { parseConfig } from "../src/config.js";
import { Srm } from "../src/core/srm.js";
import { shippedClassifier } from "../src/knowledge/classifier-file.js";
import { loadKnowledgeDir } from "../src/knowledge/files.js";

const port = Number(process.env.PORT ?? 3978);
// Local use only: no app registration, no Slack, never production.
const config = parseConfig({
  PORT: String(port),
  HOST: "127.0.0.1",
  LOG_LEVEL: process.env.LOG_LEVEL ?? "info",
});
const bot = await buildBot(
  config,
  new Srm(await loadKnowledgeDir(), Date.now, shippedClassifier()),
);
await bot.http.listen(port, "127.0.0.1");
console.log(
  `srm-bot: Teams endpoint at http://127.0.0.1:${port}/api/messages (unauthenticated, local only)`,
);

const require = createRequire(import.meta.url);
const cli = join(
  dirname(require.resolve("@microsoft/m365agentsplayground/package.json")),
  "cli.js",
);
const playground = spawn(
  process.execPath,
  [cli, "-e", `http://127.0.0.1:${port}/api/messages`, "-c", "msteams", "--disable-telemetry"],
  {
    stdio: "inherit",
    // With no desktop to open a browser in, the playground would exit: print its address instead.
    env: {
      ...process.env,
      ...(process.platform === "linux" && !process.env.DISPLAY
        ? { TEAMSAPPTESTER_BROWSER: "none" }
        : {}),
    },
  },
);
console.log(
  "srm-bot: starting the Agents Playground; open the address it prints (default http://localhost:56150)",
);

const stop = async () => {
  playground.kill();
  await bot.stop();
  process.exit(0);
};
process.once("SIGINT", () => void stop());
process.once("SIGTERM", () => void stop());
playground.once("exit", () => void stop());
