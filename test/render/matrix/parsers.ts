// What the renderers write, read back with standard parsers (csv-parse, markdown-it), so tests
// check a round trip through readers other programs use, rather than strings.
import { parse as parseCsvText } from "csv-parse/sync";
import MarkdownIt from "markdown-it";

/** RFC 4180 records, as csv-parse reads them. */
export function parseCsv(text: string): string[][] {
  return parseCsvText(text, { relax_column_count: false }) as string[][];
}

type Token = ReturnType<InstanceType<typeof MarkdownIt>["parse"]>[number];

/** The first table in a Markdown text, as markdown-it reads it: header and body cells' text. */
export function parseMarkdownTable(text: string): { header: string[]; rows: string[][] } {
  const tokens = new MarkdownIt().parse(text, {});
  const start = tokens.findIndex((t) => t.type === "table_open");
  if (start < 0) throw new Error("no table");
  const rows: string[][] = [];
  let row: string[] = [];
  for (const token of tokens.slice(start)) {
    if (token.type === "table_close") break;
    if (token.type === "tr_open") row = [];
    if (token.type === "tr_close") rows.push(row);
    if (token.type === "inline") row.push(textOf(token));
  }
  const [header, ...body] = rows;
  if (!header) throw new Error("a table without a header");
  return { header, rows: body };
}

/** A cell's text with its markup undone: escapes resolved, code spans kept as their code. */
function textOf(inline: Token): string {
  return (inline.children ?? [])
    .map((child) => (child.type === "text" || child.type === "code_inline" ? child.content : ""))
    .join("")
    .trim();
}
