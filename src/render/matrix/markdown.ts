// The matrix as a Markdown table (GitHub flavour), with its notes and summary under it: for a
// wiki page, a pull request or an architecture decision record.
import type { Matrix } from "../../core/matrix/types.js";
import { columnLabel, ownerShort, UNKNOWN_CELL } from "./labels.js";
import { columnNotes, summaryLines } from "./notes.js";

export function renderMatrixMarkdown(matrix: Matrix): string {
  const header = ["Area", ...matrix.columns.map(columnLabel)];
  const rows = matrix.rows.map((row) => [
    row.area.title,
    ...row.cells.map((cell, i) => {
      const subject = matrix.columns[i]?.subject;
      return cell && subject ? ownerShort(cell.owner, subject) : UNKNOWN_CELL;
    }),
  ]);
  const notes = columnNotes(matrix.columns).map(markdownText);
  const summary = summaryLines(matrix).map((s) => `**${markdownText(s.label)}:** ${s.areas}`);
  return `${[
    ...markdownTable(header, rows),
    ...(notes.length > 0 ? ["", ...notes.map((n) => `${n}  `)] : []),
    "",
    ...summary.map((s) => `${s}  `),
  ].join("\n")}\n`;
}

/** A GitHub-flavoured table: a header row, a delimiter row, then the body. */
export function markdownTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
): string[] {
  const line = (cells: readonly string[]) => `| ${cells.map(markdownCell).join(" | ")} |`;
  return [line(header), `|${header.map(() => " --- ").join("|")}|`, ...rows.map(line)];
}

/** Text that would be read as markup ("lambda (zip)*", "a|b") escaped to show as written. */
export function markdownText(text: string): string {
  return text.replace(/[\\`*_[\]<>#]/g, (c) => `\\${c}`);
}

/** A table cell: text escaped, and the pipe escaped too, as it would end the cell. */
function markdownCell(text: string): string {
  return markdownText(text).replaceAll("|", "\\|");
}
