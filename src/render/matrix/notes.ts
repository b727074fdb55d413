// The plain lines a matrix or stack checklist shows under its table, the same in every format
// that has room for prose: the summary, the assumed variants, typo readings, retired services.
import type { Area } from "../../core/knowledge/types.js";
import type { Matrix, StackService } from "../../core/matrix/types.js";
import { retiredNote } from "../ownership-notes.js";
import { ASSUMED_MARK, columnLabel, providerSide } from "./labels.js";

export interface SummaryLine {
  readonly label: string;
  readonly areas: string;
}

/** Who owns what on every service, and where the stack is split: one line each. */
export function summaryLines(matrix: Matrix): SummaryLine[] {
  const { everywhere, split } = matrix.summary;
  return [
    {
      label: `${providerSide(matrix.columns)} on every service`,
      areas: titles(everywhere.provider),
    },
    { label: "You on every service", areas: titles(everywhere.customer) },
    { label: "Shared on every service", areas: titles(everywhere.shared) },
    { label: "Split across the stack", areas: titles(split) },
  ];
}

function titles(areas: readonly Area[]): string {
  return areas.length > 0 ? areas.map((a) => a.title).join(", ") : "none";
}

/** Notes about the columns: which variant was assumed, which typos were read, what is retired. */
export function columnNotes(columns: readonly StackService[]): string[] {
  const assumed = columns.filter((c) => c.subject.variantAssumed);
  const notes = assumed.map(
    (c) =>
      `${ASSUMED_MARK} ${columnLabel(c).replace(ASSUMED_MARK, "")}: ${c.subject.variant?.name}, assumed as no variant was named.${otherVariant(c)}`,
  );
  for (const c of columns) {
    if (c.corrections.length > 0) {
      const read = c.corrections.map((r) => `"${r.from}" as "${r.to}"`).join(", ");
      notes.push(`Read ${read} (${c.subject.name}).`);
    }
    const retired = retiredNote(c.subject);
    if (retired) notes.push(retired);
  }
  return notes;
}

/** How to name another variant instead: one of its own aliases, which the reader knows. */
function otherVariant(c: StackService): string {
  const other = c.subject.service?.variants.find((v) => v.id !== c.subject.variant?.id);
  const alias = other?.aliases[0];
  return alias ? ` Name another in quotes, e.g. "${alias}".` : "";
}
