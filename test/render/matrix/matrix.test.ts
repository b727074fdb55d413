// The matrix's renderers: CSV and Markdown read back to the same owners, the terminal table
// lines up with colour or without, JSON carries every cell.
import { describe, expect, it } from "vitest";
import { buildMatrix } from "../../../src/core/matrix/build.js";
import type { Matrix } from "../../../src/core/matrix/types.js";
import { csvField, renderMatrixCsv } from "../../../src/render/matrix/csv.js";
import { problemSentence } from "../../../src/render/matrix/errors.js";
import { type MatrixJson, renderMatrixJson } from "../../../src/render/matrix/json.js";
import { columnId, columnLabel, ownerShort } from "../../../src/render/matrix/labels.js";
import { renderMatrixMarkdown } from "../../../src/render/matrix/markdown.js";
import { renderMatrixText } from "../../../src/render/matrix/text.js";
import { shippedKnowledge } from "../../helpers/knowledge.js";
import { parseCsv, parseMarkdownTable } from "./parsers.js";

const kb = shippedKnowledge();
const STACK = ["ec2", "rds", "s3", "aks", "cosmos", "blob storage", "eks fargate", "lambda"];

function matrixOf(names: readonly string[]): Matrix {
  const result = buildMatrix(kb, names);
  if (result.kind !== "matrix") throw new Error(JSON.stringify(result.problems));
  return result;
}

const m = matrixOf(STACK);
// Built from a string: a control character written in a regex literal is a lint error.
const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, "g");

describe("the matrix as CSV", () => {
  it("reads back as the header `area,<ids>` and one row of owner ids per area", () => {
    const [header, ...rows] = parseCsv(renderMatrixCsv(m));
    expect(header).toEqual(["area", ...m.columns.map(columnId)]);
    expect(header).toContain("aws-eks:fargate");
    expect(rows).toEqual(m.rows.map((r) => [r.area.id, ...r.cells.map((c) => c?.owner)]));
  });

  it("ends every record with CRLF", () => {
    const csv = renderMatrixCsv(m);
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(csv.split("\r\n")).toHaveLength(m.rows.length + 2);
  });

  it("quotes fields with commas, quotes and line breaks, and reads them back", () => {
    const values = ["plain", "a,b", 'say "hi"', "two\nlines", "", 'all, "of"\r\nit'];
    expect(csvField("plain")).toBe("plain");
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(parseCsv(`${values.map(csvField).join(",")}\r\n`)).toEqual([values]);
  });
});

describe("the matrix as Markdown", () => {
  it("reads back as a table of the column labels and owner labels", () => {
    const { header, rows } = parseMarkdownTable(renderMatrixMarkdown(m));
    expect(header).toEqual(["Area", ...m.columns.map(columnLabel)]);
    const expected = m.rows.map((r) => [
      r.area.title,
      ...r.cells.map((c, i) =>
        ownerShort(c?.owner ?? "shared", m.columns[i]?.subject ?? ({} as never)),
      ),
    ]);
    expect(rows).toEqual(expected);
  });

  it("escapes the assumed-variant mark, and puts the summary under the table", () => {
    const md = renderMatrixMarkdown(m);
    expect(md).toContain("lambda (zip)\\*");
    expect(md).toMatch(/\*\*Split across the stack:\*\* .*Operating system/);
  });
});

describe("the matrix as terminal text", () => {
  it("lines every cell up under its column's label", () => {
    const lines = renderMatrixText(m, { color: false }).split("\n");
    const header = lines[0] ?? "";
    const starts = m.columns.map((c) => header.indexOf(columnLabel(c)));
    for (const [r, row] of m.rows.entries()) {
      const line = lines[r + 1] ?? "";
      expect(line.startsWith(row.area.title)).toBe(true);
      for (const [i, start] of starts.entries()) {
        const cell = row.cells[i];
        const subject = m.columns[i]?.subject;
        if (!cell || !subject) throw new Error("missing cell");
        expect(line.slice(start).startsWith(ownerShort(cell.owner, subject))).toBe(true);
      }
    }
  });

  it("colours owners only when asked, with the same text under the colour", () => {
    const plain = renderMatrixText(m, { color: false });
    const coloured = renderMatrixText(m, { color: true });
    expect(plain).not.toMatch(ANSI);
    expect(coloured).toMatch(ANSI);
    expect(coloured.replace(ANSI, "")).toBe(plain);
  });

  it("says which variant each column assumed, and sums the stack up", () => {
    const text = renderMatrixText(m, { color: false });
    expect(text).toContain("eks (fargate)");
    expect(text).toContain("lambda (zip)*");
    expect(text).toMatch(/\* lambda \(zip\): AWS Lambda .*assumed/);
    expect(text).toContain("Provider (AWS, Microsoft) on every service: Physical security");
    expect(text).toMatch(/You on every service: .*Identity and access/);
    expect(text).toMatch(/Split across the stack: .*Patching/);
  });

  it("notes a typo it read", () => {
    expect(renderMatrixText(matrixOf(["lamda"]), { color: false })).toContain(
      'Read "lamda" as "lambda" (AWS Lambda).',
    );
  });
});

describe("the matrix as JSON", () => {
  it("carries every column, cell and summary group by id", () => {
    const json = JSON.parse(renderMatrixJson(m)) as MatrixJson;
    expect(json.columns.map((c) => c.service)).toEqual(m.columns.map((c) => c.subject.id));
    expect(json.columns.find((c) => c.service === "aws-lambda")).toMatchObject({
      variant: "zip",
      variantAssumed: true,
    });
    expect(json.rows.map((r) => r.owners)).toEqual(m.rows.map((r) => r.cells.map((c) => c?.owner)));
    expect(json.summary.split).toEqual(m.summary.split.map((a) => a.id));
  });
});

describe("the errors", () => {
  it("name the name and the services offered instead", () => {
    const result = buildMatrix(kb, ["cosmoss", "functions"]);
    if (result.kind !== "stack-error") throw new Error("expected an error");
    const [unknown, ambiguous] = result.problems.map(problemSentence);
    expect(unknown).toBe(
      'Unknown service "cosmoss". Closest known services: Azure Cosmos DB (azure-cosmos-db).',
    );
    expect(ambiguous).toMatch(/^"functions" could mean more than one service: .*AWS Lambda/);
  });
});
