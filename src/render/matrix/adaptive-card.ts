// The matrix as Adaptive Cards 1.5 for Teams: a Table with the area and one column per service,
// each cell the owner's label. Wide stacks are split into several tables of a few services each,
// and the tables into several cards so that no card passes Teams' size limit.
import type { Matrix, StackService } from "../../core/matrix/types.js";
import {
  type AdaptiveCard,
  CARD_MAX_BYTES,
  type CardElement,
  escapeCardText,
} from "../adaptive-card.js";
import { chatNotes, matrixCellText } from "./block-kit.js";
import { columnLabel } from "./labels.js";
import { summaryLines } from "./notes.js";

/** Services per table: beyond this the columns grow too narrow to read in Teams. */
export const SERVICES_PER_TABLE = 5;

export interface MatrixCardOptions {
  readonly saved?: boolean;
}

/** The cards of one matrix, in order: tables first, the summary and notes at the end. */
export function matrixCards(matrix: Matrix, options: MatrixCardOptions = {}): AdaptiveCard[] {
  const labels = matrix.columns.map(columnLabel);
  const parts = chunks(
    matrix.columns.map((_, i) => i),
    SERVICES_PER_TABLE,
  );
  const intro = textBlock(
    `${options.saved ? "This channel's saved stack" : "The services named"}, ${labels.length} service${labels.length === 1 ? "" : "s"}.`,
    { isSubtle: true, spacing: "None" },
  );
  const title = textBlock(`Who owns what: ${labels.join(", ")}`, {
    weight: "Bolder",
    size: "Medium",
  });
  const tables = parts.map((indexes, p) => [
    ...(parts.length > 1
      ? [
          textBlock(
            `Services ${(indexes[0] ?? 0) + 1}–${(indexes.at(-1) ?? 0) + 1} of ${labels.length}`,
            { weight: "Bolder" },
          ),
        ]
      : []),
    table(matrix, indexes, p),
  ]);
  const closing = [
    ...summaryLines(matrix).map((s) =>
      textBlock(`**${escapeCardText(s.label)}:** ${escapeCardText(s.areas)}`, {}, true),
    ),
    ...chatNotes(matrix).map((n) => textBlock(n, { isSubtle: true, size: "Small" })),
  ];
  return pack([[title, intro], ...tables, closing]);
}

function table(matrix: Matrix, indexes: readonly number[], part: number): CardElement {
  const columns = indexes.flatMap((i) => matrix.columns[i] ?? []);
  const header = row(["Area", ...columns.map(columnLabel)], true);
  const body = matrix.rows.map((r) =>
    row([
      r.area.title,
      ...indexes.map((i) => {
        const column = matrix.columns[i] as StackService;
        return matrixCellText(r.cells[i] ?? null, column);
      }),
    ]),
  );
  return {
    type: "Table",
    id: `srm-matrix-${part + 1}`,
    columns: [{ width: 3 }, ...columns.map(() => ({ width: 2 }))],
    firstRowAsHeader: true,
    showGridLines: true,
    gridStyle: "accent",
    rows: [header, ...body],
  };
}

function row(texts: readonly string[], bold = false): CardElement {
  return {
    type: "TableRow",
    cells: texts.map((t) => ({
      type: "TableCell",
      items: [textBlock(t, bold ? { weight: "Bolder" } : {})],
    })),
  };
}

/** A wrapped TextBlock; its text is escaped unless `raw` (our markdown around escaped parts). */
function textBlock(text: string, extra: Record<string, unknown> = {}, raw = false): CardElement {
  return { type: "TextBlock", text: raw ? text : escapeCardText(text), wrap: true, ...extra };
}

/** Groups of body elements packed into as few cards as Teams' size limit allows, in order. */
function pack(groups: readonly CardElement[][]): AdaptiveCard[] {
  const cards: CardElement[][] = [];
  let body: CardElement[] = [];
  for (const group of groups) {
    if (body.length > 0 && size(card([...body, ...group])) > CARD_MAX_BYTES) {
      cards.push(body);
      body = [];
    }
    body = [...body, ...group];
  }
  if (body.length > 0) cards.push(body);
  return cards.map(card);
}

function card(body: CardElement[]): AdaptiveCard {
  return {
    type: "AdaptiveCard",
    $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
    version: "1.5",
    body,
    msteams: { width: "Full" },
  };
}

function size(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value), "utf8");
}

function chunks<T>(items: readonly T[], n: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += n) out.push(items.slice(i, i + n));
  return out;
}
