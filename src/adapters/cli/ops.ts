// Commands for whoever runs the bot, over its configured database (.env and the environment, as
// the server reads them): `srm tips run` posts the daily tips that are due and exits, for a
// deployment that schedules it from outside (SRM_TIPS=off on the servers); `srm gaps` lists the
// questions the bot could not answer, most asked first. Their modules load only when used, so a
// question on the command line never pays for the chat SDKs or the database.
import { InvalidArgumentError } from "commander";
import type { CliContext } from "./program.js";

export function registerOpsCommands(cli: CliContext): void {
  const tips = cli.program.command("tips").description("the daily tips, for operators");
  tips
    .command("run")
    .description("post every daily tip that is due now, once, and exit")
    .option("--now <time>", "the time to run at (ISO 8601), instead of the clock", isoTime)
    .action(async (opts: { now?: Date }) => {
      const { runTipsOnce } = await import("./ops-run.js");
      process.exitCode = await runTipsOnce(await cli.start(), opts.now ?? new Date());
    });
  cli.program
    .command("gaps")
    .description("the questions the bot could not answer, most asked first")
    .option("--limit <n>", "how many", positiveInt, 20)
    .action(async (opts: { limit: number }) => {
      const { printGaps } = await import("./ops-run.js");
      process.exitCode = await printGaps(opts.limit);
    });
}

function isoTime(value: string): Date {
  const time = new Date(value);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(value) || Number.isNaN(time.getTime())) {
    throw new InvalidArgumentError("give an ISO 8601 time, like 2026-12-03T09:00:00Z");
  }
  return time;
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 1000) {
    throw new InvalidArgumentError("give a whole number from 1 to 1000");
  }
  return n;
}
