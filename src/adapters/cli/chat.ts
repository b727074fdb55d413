// `srm chat`: a conversation in the terminal, for machines without a browser. The same core as
// Slack and Teams, with one conversation key for the session, so "and on ec2?" follows on.
import { randomUUID } from "node:crypto";
import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import type { Srm } from "../../core/srm.js";
import { renderText } from "../../render/text.js";
import type { CliContext, GlobalOptions } from "./program.js";

const GREETING = `Ask who owns what, in your own words or as a command: who-owns patching on rds,
checklist lambda, tip. Follow-ups remember your last question. "exit" or Ctrl-D to leave.
`;
const LEAVE = /^(exit|quit|bye)$/i;
const SLASH = /^\/srm(?:\s+|$)/i;

export interface ChatIO {
  readonly input: Readable;
  readonly output: Writable;
  readonly color: boolean;
  /** A prompt and line editing: on for a terminal, off for a pipe. */
  readonly terminal: boolean;
}

export function registerChatCommand(cli: CliContext): void {
  cli.program
    .command("chat")
    .description("a conversation in the terminal: follow-ups remember the last question")
    .action(async () => {
      const srm = await cli.start();
      const tty = process.stdin.isTTY === true && process.stdout.isTTY === true;
      const color = cli.program.opts<GlobalOptions>().color && process.stdout.isTTY === true;
      await runChat(srm, { input: process.stdin, output: process.stdout, color, terminal: tty });
    });
}

/** Answers each line until "exit" or the end of input. */
export async function runChat(srm: Srm, io: ChatIO): Promise<void> {
  const conversation = `cli:chat:${randomUUID()}`;
  const lines = createInterface({
    input: io.input,
    output: io.output,
    terminal: io.terminal,
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  lines.setPrompt("srm> ");
  if (io.terminal) io.output.write(GREETING);
  lines.prompt();
  for await (const line of lines) {
    const question = line.trim().replace(SLASH, "").trim();
    if (LEAVE.test(question)) break;
    if (question !== "") {
      const { answer } = srm.ask(question.slice(0, 4000), conversation);
      io.output.write(`${renderText(answer, { color: io.color })}\n`);
    }
    lines.prompt();
  }
  lines.close();
}
