// Readers for the matrix as chat shows it, so tests compare what a person sees with buildMatrix:
// Block Kit's limits checked block by block, the area lines of a Block Kit matrix read back into
// cells, and the tables of Adaptive Cards read back into rows.

import type { Matrix } from "../../../src/core/matrix/types.js";
import { matrixCellText } from "../../../src/render/matrix/block-kit.js";
import { columnLabel } from "../../../src/render/matrix/labels.js";

/** Ten services of three clouds that each read alone: a stack a chat matrix must fit. */
export const TEN_SERVICES = [
  "ec2",
  "rds",
  "s3",
  "lambda",
  "eks fargate",
  "dynamodb",
  "blob storage",
  "cosmos db",
  "cloud run",
  "gke",
] as const;

interface Text {
  readonly type?: string;
  readonly text?: string;
}

export interface Block {
  readonly type: string;
  readonly text?: Text;
  readonly fields?: readonly Text[];
  /** Context elements (text) and buttons (text.text). */
  readonly elements?: readonly {
    readonly type?: string;
    readonly text?: string | Text;
    readonly action_id?: string;
    readonly value?: string;
  }[];
}

/** Every way a Block Kit message breaks Slack's documented limits; empty when it fits. */
export function blockKitProblems(blocks: readonly Block[]): string[] {
  const problems: string[] = [];
  if (blocks.length > 50) problems.push(`${blocks.length} blocks (at most 50)`);
  blocks.forEach((block, i) => {
    const at = `block ${i} (${block.type})`;
    const length = block.text?.text?.length ?? 0;
    if (block.type === "header" && length > 150) problems.push(`${at}: header text ${length}`);
    if (block.type === "section") {
      if (length > 3000) problems.push(`${at}: section text ${length} (at most 3000)`);
      if ((block.fields ?? []).length > 10) problems.push(`${at}: more than 10 fields`);
      for (const f of block.fields ?? [])
        if ((f.text?.length ?? 0) > 2000) problems.push(`${at}: a field over 2000`);
      if (!block.text && !block.fields) problems.push(`${at}: a section with no text`);
    }
    if (block.type === "context") {
      if ((block.elements ?? []).length > 10) problems.push(`${at}: more than 10 elements`);
      for (const e of block.elements ?? [])
        if (textOf(e.text).length > 3000) problems.push(`${at}: an element over 3000`);
    }
    if (block.type === "actions") {
      const elements = block.elements ?? [];
      if (elements.length > 25) problems.push(`${at}: more than 25 elements`);
      const ids = elements.map((e) => e.action_id);
      if (new Set(ids).size !== ids.length) problems.push(`${at}: action ids repeat`);
      for (const e of elements) {
        if (textOf(e.text).length > 75) problems.push(`${at}: button text over 75`);
        if ((e.value?.length ?? 0) > 2000) problems.push(`${at}: button value over 2000`);
      }
    }
  });
  return problems;
}

function textOf(text: string | Text | undefined): string {
  return typeof text === "string" ? text : (text?.text ?? "");
}

/** Slack's three escapes undone. */
const unescapeSlack = (text: string) =>
  text.replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&amp;", "&");

/**
 * The area lines of a Block Kit matrix ("*Patching*: ☁️ AWS: `rds` `s3`  ·  🧑‍💻 You: `ec2`"),
 * read back into area title → column label → cell text.
 */
export function readBlockKitMatrix(blocks: readonly Block[]): Map<string, Map<string, string>> {
  const areas = new Map<string, Map<string, string>>();
  for (const block of blocks) {
    if (block.type !== "section" || !block.text?.text) continue;
    for (const line of block.text.text.split("\n")) {
      const m = /^\*([^*]+)\*: (.+)$/.exec(line);
      if (!m?.[1] || !m[2]?.includes("`")) continue;
      const cells = new Map<string, string>();
      for (const group of m[2].split("  ·  ")) {
        const g = /^(.+?): ((?:`[^`]+` ?)+)$/.exec(group);
        if (!g?.[1] || !g[2]) throw new Error(`unreadable owner group: ${group}`);
        for (const label of g[2].match(/`[^`]+`/g) ?? [])
          cells.set(unescapeSlack(label.slice(1, -1)), g[1]);
      }
      areas.set(unescapeSlack(m[1]), cells);
    }
  }
  return areas;
}

/** What buildMatrix says, in the same shape: area title → column label → cell text. */
export function expectedCells(matrix: Matrix): Map<string, Map<string, string>> {
  return new Map(
    matrix.rows.map((row) => [
      row.area.title,
      new Map(
        matrix.columns.map((column, i) => [
          columnLabel(column),
          matrixCellText(row.cells[i] ?? null, column),
        ]),
      ),
    ]),
  );
}

interface CardNode {
  readonly type?: string;
  readonly text?: string;
  readonly rows?: readonly { cells: readonly { items: readonly CardNode[] }[] }[];
  readonly body?: readonly CardNode[];
}

/** Adaptive Cards' markdown escapes undone. */
const unescapeCard = (text: string) => text.replace(/\\([\\`*_[\]~#+\-.])/g, "$1");

/**
 * Every Table of some cards, joined on the area column: area title → column label → cell text.
 * Also returns how many tables there were.
 */
export function readCardTables(cards: readonly CardNode[]): {
  cells: Map<string, Map<string, string>>;
  tables: number;
} {
  const cells = new Map<string, Map<string, string>>();
  let tables = 0;
  for (const card of cards) {
    for (const element of card.body ?? []) {
      if (element.type !== "Table") continue;
      tables++;
      const [header, ...rows] = (element.rows ?? []).map((r) =>
        r.cells.map((c) => unescapeCard(c.items[0]?.text ?? "")),
      );
      const labels = header?.slice(1) ?? [];
      for (const row of rows) {
        const [area = "", ...texts] = row;
        const line = cells.get(area) ?? new Map<string, string>();
        for (const [i, label] of labels.entries()) line.set(label, texts[i] ?? "");
        cells.set(area, line);
      }
    }
  }
  return { cells, tables };
}
