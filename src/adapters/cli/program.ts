// The `srm` command line's commands, built around a way to get the bot (main.ts loads it from
// disk; a test or another front end can hand over one already made).
import { createInterface } from "node:readline";
import { Command, InvalidArgumentError } from "commander";
import { toContractJson } from "../../core/answers/contract-json.js";
import { formatProblem, KnowledgeError } from "../../core/knowledge/types.js";
import type { Srm } from "../../core/srm.js";
import { DEFAULT_KNOWLEDGE_DIR } from "../../knowledge/files.js";
import { renderText } from "../../render/text.js";
import { registerChatCommand } from "./chat.js";
import { registerStackCommands } from "./matrix/commands.js";
import { registerOpsCommands } from "./ops.js";

/** Makes the bot over the knowledge folder given with --knowledge. */
export type SrmFactory = (knowledgeDir: string) => Promise<Srm>;

export interface GlobalOptions {
  knowledge: string;
  color: boolean;
  debug?: boolean;
}

/** What every command gets: the program (its global options), the bot, and the printing. */
export interface CliContext {
  readonly program: Command;
  /** Makes the bot over --knowledge, exiting with the problems when it is invalid. */
  start(): Promise<Srm>;
  /** Prints the answer to one question, as text or as the srm-contract JSON. */
  print(srm: Srm, question: string, json: boolean): void;
}

const shortcuts: [string, string, string][] = [
  ["who-owns", "<words...>", "who owns an area of a service: srm who-owns patching on rds"],
  ["checklist", "<service...>", "your responsibilities on a service"],
  ["explain", "<service...>", "the whole split for a service, area by area"],
  ["myth", "<words...>", "check a belief: srm myth serverless means no security"],
  ["compare", "<services...>", "compare two services: srm compare ec2 lambda"],
  ["tip", "[about...]", "the tip of the day"],
];

export function buildProgram(makeSrm: SrmFactory): Command {
  const program = new Command()
    .name("srm")
    .description(
      "Who owns it, the cloud provider or us? The cloud shared responsibility model, service by service.",
    )
    .option("--knowledge <dir>", "knowledge base folder", DEFAULT_KNOWLEDGE_DIR)
    .option("--no-color", "plain text even on a terminal")
    .option("--debug", "print how each question was understood, on stderr")
    .showHelpAfterError("(run srm --help for usage)")
    .addHelpText(
      "after",
      `
Examples:
  srm who-owns patching on rds
  srm ask "is encryption on efs our job?"
  srm checklist lambda
  srm compare ec2 lambda
  echo "who patches the os on ec2" | srm ask --json`,
    );
  const context: CliContext = {
    program,
    start: () => startSrm(program, makeSrm),
    print: (srm, question, json) => print(program, srm, question, json),
  };
  addAsk(context);
  addShortcuts(context);
  registerStackCommands(context);
  registerOpsCommands(context);
  registerChatCommand(context);
  program
    .command("help-topics", { hidden: true })
    .action(async () => context.print(await context.start(), "help", false));
  return program;
}

function addAsk(context: CliContext): void {
  context.program
    .command("ask")
    .description("ask in your own words; with no question, read one question a line from stdin")
    .argument("[question...]", "the question")
    .option("--json", "print one JSON object per question (the srm-contract interface)")
    .action(async (words: string[], opts: { json?: boolean }) => {
      const srm = await context.start();
      if (words.length > 0) return context.print(srm, words.join(" "), opts.json === true);
      const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
      for await (const line of lines) {
        if (line.trim() !== "" || opts.json) context.print(srm, line, opts.json === true);
      }
    });
}

function addShortcuts(context: CliContext): void {
  for (const [name, arg, description] of shortcuts) {
    context.program
      .command(name)
      .description(description)
      .argument(arg)
      .option("--json", "print the srm-contract JSON object")
      .action(async (words: string[] | undefined, opts: { json?: boolean }) => {
        const question = [name, ...(words ?? [])].join(" ");
        context.print(await context.start(), question, opts.json === true);
      });
  }
}

async function startSrm(program: Command, makeSrm: SrmFactory): Promise<Srm> {
  const opts = program.opts<GlobalOptions>();
  try {
    return await makeSrm(opts.knowledge);
  } catch (error) {
    if (error instanceof KnowledgeError) {
      console.error(`srm: the knowledge base in ${opts.knowledge} is invalid:`);
      for (const p of error.problems.slice(0, 20)) console.error(`  ${formatProblem(p)}`);
      process.exit(2);
    }
    if ((error as NodeJS.ErrnoException).code === "ENOENT") {
      throw new InvalidArgumentError(`no knowledge base at ${opts.knowledge}`);
    }
    throw error;
  }
}

function print(program: Command, srm: Srm, question: string, json: boolean): void {
  const opts = program.opts<GlobalOptions>();
  const { answer, understood } = srm.ask(question);
  if (opts.debug) console.error(JSON.stringify(understood));
  if (json) process.stdout.write(`${JSON.stringify(toContractJson(answer))}\n`);
  else
    process.stdout.write(
      renderText(answer, { color: opts.color && process.stdout.isTTY === true }),
    );
}
