// The matrix as CSV (RFC 4180): a header `area,<column ids>`, one row per area, owner ids in
// the cells. No CSV library is a dependency, and the quoting rule is three lines.
import type { Matrix } from "../../core/matrix/types.js";
import { columnId } from "./labels.js";

/** RFC 4180 line ending. */
const EOL = "\r\n";

export function renderMatrixCsv(matrix: Matrix): string {
  const header = ["area", ...matrix.columns.map(columnId)];
  const rows = matrix.rows.map((row) => [row.area.id, ...row.cells.map((c) => c?.owner ?? "")]);
  return csvLines([header, ...rows]);
}

/** Records as CSV text, each line ended by CRLF. */
export function csvLines(records: readonly (readonly string[])[]): string {
  return records.map((r) => `${r.map(csvField).join(",")}${EOL}`).join("");
}

/** A field is quoted when it holds a comma, a quote or a line break; quotes are doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
