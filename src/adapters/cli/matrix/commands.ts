// `srm matrix SERVICE...` and `srm checklist SERVICE...` for a whole stack. The core reads the
// names and resolves every owner; this file only picks a renderer and an exit code.
import { type Command, Option } from "commander";
import { buildMatrix } from "../../../core/matrix/build.js";
import { stackChecklistOf } from "../../../core/matrix/checklist.js";
import { nameReaderFor } from "../../../core/matrix/names.js";
import { severalServicesNamed } from "../../../core/matrix/several.js";
import { readStack } from "../../../core/matrix/stack.js";
import type { StackError } from "../../../core/matrix/types.js";
import {
  renderStackChecklistCsv,
  renderStackChecklistJson,
  renderStackChecklistMarkdown,
  renderStackChecklistText,
} from "../../../render/matrix/checklist.js";
import { renderMatrixCsv } from "../../../render/matrix/csv.js";
import { stackErrorLines } from "../../../render/matrix/errors.js";
import { renderMatrixJson } from "../../../render/matrix/json.js";
import { renderMatrixMarkdown } from "../../../render/matrix/markdown.js";
import { renderMatrixText } from "../../../render/matrix/text.js";
import type { CliContext } from "../program.js";

const FORMATS = ["text", "csv", "md", "json"] as const;
type Format = (typeof FORMATS)[number];

/** Adds `srm matrix` and the several-service `srm checklist` to the `srm` program. */
export function registerStackCommands(cli: CliContext): void {
  const { program } = cli;
  program
    .command("matrix")
    .description('who owns each area across your stack: srm matrix ec2 rds s3 "blob storage"')
    .argument("<services...>", 'one name per service; a variant in quotes: "eks fargate"')
    .addOption(formatOption("output format").default("text"))
    .action(async (names: string[], opts: { format: Format }) => {
      const srm = await cli.start();
      const matrix = buildMatrix(srm.kb, names);
      if (matrix.kind === "stack-error") return fail(matrix);
      const render = {
        text: () => renderMatrixText(matrix, { color: colorOn(program) }),
        csv: () => renderMatrixCsv(matrix),
        md: () => renderMatrixMarkdown(matrix),
        json: () => renderMatrixJson(matrix),
      }[opts.format];
      process.stdout.write(render());
    });
  extendChecklist(cli);
}

/**
 * `srm checklist` keeps its answer (and its --json) for one service; naming several gives the
 * stack's union. An explicit --format gives the union view for one service too.
 */
function extendChecklist(cli: CliContext): void {
  const { program } = cli;
  const checklist = program.commands.find((c) => c.name() === "checklist");
  if (!checklist) throw new Error("srm matrix: the checklist command is not registered");
  checklist
    .addOption(formatOption("the stack view, for one service or several, in this format"))
    .action(async (words: string[], opts: { json?: boolean; format?: Format }) => {
      const srm = await cli.start();
      const reader = nameReaderFor(srm.kb);
      const several = severalServicesNamed(srm.kb, words, reader);
      if (!several && !opts.format)
        return cli.print(srm, `checklist ${words.join(" ")}`, opts.json === true);
      const format = opts.format ?? (opts.json ? "json" : "text");
      const stack = several ?? readStack(srm.kb, [words.join(" ")], reader);
      if (stack.kind === "stack-error") return fail(stack);
      const list = stackChecklistOf(srm.kb, stack.services);
      const render = {
        text: () => renderStackChecklistText(list, { color: colorOn(program) }),
        csv: () => renderStackChecklistCsv(list),
        md: () => renderStackChecklistMarkdown(list),
        json: () => renderStackChecklistJson(list),
      }[format];
      process.stdout.write(render());
    });
}

function formatOption(description: string): Option {
  return new Option("--format <format>", description).choices(FORMATS);
}

function colorOn(program: Command): boolean {
  return program.opts<{ color: boolean }>().color && process.stdout.isTTY === true;
}

/** Every name that went wrong, on stderr; a non-zero exit for scripts. */
function fail(error: StackError): void {
  for (const line of stackErrorLines(error)) console.error(`srm: ${line}`);
  process.exitCode = 1;
}
