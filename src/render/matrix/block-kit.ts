// The matrix as a Block Kit message: one line per area, the stack's services grouped by who owns
// the area on them ("☁️ AWS: `ec2` `s3` · 🧑‍💻 You: `rds`"), the lines packed into sections
// within Block Kit's limits, then the summary, the notes and a "Download CSV" button. The button
// carries the column ids only; the action rebuilds the matrix from the knowledge base.
import type { KnownBlock } from "@slack/types";
import type { Ownership } from "../../core/knowledge/resolve.js";
import type { Matrix, MatrixRow, StackService } from "../../core/matrix/types.js";
import type { SlackMessage } from "../block-kit.js";
import { button, context, header, section } from "../block-kit-elements.js";
import { OWNER_EMOJI } from "../owner-labels.js";
import { clip, escapeSlack, LIMITS } from "../slack-text.js";
import { columnId, columnLabel, ownerShort, UNKNOWN_CELL } from "./labels.js";
import { columnNotes, summaryLines } from "./notes.js";

/** The "Download CSV" button's action id. */
export const MATRIX_CSV_ACTION = "srm_matrix_csv";

/** What the button carries: the column ids, separated by spaces ("aws-ec2 aws-eks:fargate"). */
export function matrixCsvValue(matrix: Matrix): string {
  return matrix.columns.map(columnId).join(" ");
}

export interface MatrixBlockKitOptions {
  /** The channel's saved stack (said in the message), or services named for this once. */
  readonly saved?: boolean;
}

/** A cell as shown: "☁️ AWS", "🤝 Shared", "🧑‍💻 You", or "? Unknown" where no fact exists. */
export function matrixCellText(cell: Ownership | null, column: StackService): string {
  return cell
    ? `${OWNER_EMOJI[cell.owner]} ${ownerShort(cell.owner, column.subject)}`
    : `${UNKNOWN_CELL} Unknown`;
}

export function matrixBlockKit(matrix: Matrix, options: MatrixBlockKitOptions = {}): SlackMessage {
  const labels = matrix.columns.map(columnLabel);
  const count = `${labels.length} service${labels.length === 1 ? "" : "s"}`;
  const value = matrixCsvValue(matrix);
  const notes = chatNotes(matrix).map(escapeSlack);
  const summary = summaryLines(matrix).map(
    (s) => `*${escapeSlack(s.label)}:* ${escapeSlack(s.areas)}`,
  );
  const blocks: KnownBlock[] = [
    header(`Who owns what: ${labels.join(", ")}`),
    context([
      `${options.saved ? "This channel's saved stack" : "The services named"}, ${count}. One line per area, the services grouped by who owns it.`,
    ]),
    ...packLines(matrix.rows.map((row) => areaLine(row, matrix.columns))).map(section),
    { type: "divider" },
    section(summary.join("\n")),
    ...(notes.length > 0 ? [context([notes.join("\n")])] : []),
    // The ids are never cut: a button whose value would not fit is left out (the CLI has CSV).
    ...(value.length <= LIMITS.actionValue
      ? [
          {
            type: "actions" as const,
            elements: [button("Download CSV", MATRIX_CSV_ACTION, value)],
          },
        ]
      : []),
  ];
  return {
    text: clip(`Who owns what across ${labels.join(", ")}`, LIMITS.messageText),
    blocks: blocks.slice(0, LIMITS.blocks),
  };
}

/** The notes under a matrix, said for chat: there names are set apart by commas, not quotes. */
export function chatNotes(matrix: Matrix): string[] {
  return columnNotes(matrix.columns).map((n) =>
    n.replace(/Name another in quotes, e\.g\./, "Name another between commas, e.g."),
  );
}

/** "*Patching*: ☁️ AWS: `rds` `s3` · 🧑‍💻 You: `ec2`": owners in a fixed order, columns in theirs. */
export function areaLine(row: MatrixRow, columns: readonly StackService[]): string {
  const groups = new Map<string, string[]>();
  const rank = (cell: Ownership | null) =>
    cell ? { provider: 0, shared: 1, customer: 2 }[cell.owner] : 3;
  const order = row.cells
    .map((cell, i) => ({ cell, column: columns[i] }))
    .flatMap(({ cell, column }) => (column ? [{ cell, column }] : []))
    .sort((a, b) => rank(a.cell) - rank(b.cell));
  for (const { cell, column } of order) {
    const text = matrixCellText(cell, column);
    groups.set(text, [...(groups.get(text) ?? []), `\`${escapeSlack(columnLabel(column))}\``]);
  }
  const owners = [...groups].map(([text, cols]) => `${text}: ${cols.join(" ")}`);
  return `*${escapeSlack(row.area.title)}*: ${owners.join("  ·  ")}`;
}

/** Lines packed in order into as few section texts as Block Kit allows (3000 characters each). */
export function packLines(lines: readonly string[], max: number = LIMITS.sectionText): string[] {
  const texts: string[] = [];
  let current = "";
  for (const line of lines) {
    const next = current === "" ? line : `${current}\n${line}`;
    if (next.length <= max) current = next;
    else {
      if (current !== "") texts.push(current);
      // A chat stack is bounded so a line always fits; clip rather than break the message.
      current = clip(line, max);
    }
  }
  if (current !== "") texts.push(current);
  return texts;
}
