// The matrix as a terminal table: areas down, services across, owners coloured as in every
// other terminal answer. Pure: colour is a parameter (the CLI turns it on only on a TTY).
import type { Matrix } from "../../core/matrix/types.js";
import { columnLabel, ownerShort, UNKNOWN_CELL } from "./labels.js";
import { columnNotes, summaryLines } from "./notes.js";
import { OWNER_STYLE, type Paint, painter } from "./paint.js";

export interface MatrixTextOptions {
  readonly color: boolean;
}

export function renderMatrixText(matrix: Matrix, options: MatrixTextOptions): string {
  const paint = painter(options.color);
  const labels = matrix.columns.map(columnLabel);
  const cells = matrix.rows.map((row) =>
    row.cells.map((cell, i) => {
      const subject = matrix.columns[i]?.subject;
      return cell && subject ? ownerShort(cell.owner, subject) : UNKNOWN_CELL;
    }),
  );
  const areaWidth = Math.max("Area".length, ...matrix.rows.map((r) => r.area.title.length));
  const widths = labels.map((l, i) => Math.max(l.length, ...cells.map((r) => r[i]?.length ?? 0)));
  // Padding goes outside the colour, and none after the last column.
  const line = (first: string, rest: readonly string[], painted: readonly string[]) =>
    [first.padEnd(areaWidth), ...rest.map((t, i) => `${painted[i]}${gap(t, widths[i])}`)]
      .join("  ")
      .trimEnd();
  const header = line(
    "Area",
    labels,
    labels.map((l) => paint("bold", l)),
  );
  const body = matrix.rows.map((row, r) => {
    const texts = cells[r] ?? [];
    const painted = row.cells.map((cell, i) =>
      paint(cell ? OWNER_STYLE[cell.owner] : "dim", texts[i] ?? ""),
    );
    return line(row.area.title, texts, painted);
  });
  return `${[header, ...body, ...notesBlock(matrix, paint)].join("\n")}\n`;
}

function gap(text: string, width = 0): string {
  return " ".repeat(Math.max(0, width - text.length));
}

function notesBlock(matrix: Matrix, paint: Paint): string[] {
  const notes = columnNotes(matrix.columns).map((n) => paint("dim", n));
  const summary = summaryLines(matrix).map((s) => `${paint("bold", `${s.label}:`)} ${s.areas}`);
  return [...(notes.length > 0 ? ["", ...notes] : []), "", ...summary];
}
