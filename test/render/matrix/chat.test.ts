// The matrix in chat, as pure renderers: Block Kit within Slack's limits and Adaptive Card tables
// that the Adaptive Cards parser accepts, every cell read back and compared with buildMatrix.
import { describe, expect, it } from "vitest";
import { matrixOfIds } from "../../../src/adapters/channel/stack-command.js";
import { buildMatrix } from "../../../src/core/matrix/build.js";
import type { Matrix } from "../../../src/core/matrix/types.js";
import { CARD_MAX_BYTES } from "../../../src/render/adaptive-card.js";
import { matrixCards } from "../../../src/render/matrix/adaptive-card.js";
import {
  MATRIX_CSV_ACTION,
  matrixBlockKit,
  packLines,
} from "../../../src/render/matrix/block-kit.js";
import { shippedKnowledge } from "../../helpers/knowledge.js";
import { cardProblems } from "../../helpers/teams.js";
import {
  type Block,
  blockKitProblems,
  expectedCells,
  readBlockKitMatrix,
  readCardTables,
  TEN_SERVICES,
} from "./chat-readers.js";

const kb = shippedKnowledge();

function matrixOf(names: readonly string[]): Matrix {
  const matrix = buildMatrix(kb, names);
  if (matrix.kind !== "matrix") throw new Error(JSON.stringify(matrix.problems));
  return matrix;
}

/** The 20 services a chat stack may hold, variants named, longest ids first: the widest. */
function twentyServices(): Matrix {
  const ids = [...kb.services.values()]
    .map((s) => (s.variants[0] ? `${s.id}:${s.variants[0].id}` : s.id))
    .sort((a, b) => b.length - a.length)
    .slice(0, 20);
  const matrix = matrixOfIds(kb, ids);
  if (matrix.kind !== "matrix") throw new Error(JSON.stringify(matrix.problems));
  return matrix;
}

describe("the matrix as Block Kit", () => {
  it("fits Block Kit's limits for 10 services, every cell as buildMatrix says", () => {
    const matrix = matrixOf(TEN_SERVICES);
    expect(matrix.columns).toHaveLength(10);
    const { blocks, text } = matrixBlockKit(matrix, { saved: true });
    expect(text.length).toBeGreaterThan(0);
    expect(blockKitProblems(blocks as Block[])).toEqual([]);
    expect(readBlockKitMatrix(blocks as Block[])).toEqual(expectedCells(matrix));
    // 22 areas of 10 services do not fit one section: the lines are split across several.
    const sections = blocks.filter((b) => b.type === "section");
    expect(sections.length).toBeGreaterThan(2);
  });

  it("fits for the largest chat stack too (20 services, variants named)", () => {
    const matrix = twentyServices();
    expect(matrix.columns).toHaveLength(20);
    const { blocks } = matrixBlockKit(matrix);
    expect(blockKitProblems(blocks as Block[])).toEqual([]);
    expect(readBlockKitMatrix(blocks as Block[])).toEqual(expectedCells(matrix));
  });

  it("carries the column ids on the Download CSV button, not the CSV", () => {
    const matrix = matrixOf(["ec2", "eks fargate", "blob storage"]);
    const { blocks } = matrixBlockKit(matrix);
    const button = (blocks as Block[])
      .flatMap((b) => b.elements ?? [])
      .find((e) => e.action_id === MATRIX_CSV_ACTION);
    expect(button?.value).toBe("aws-ec2 aws-eks:fargate azure-blob-storage");
    expect(JSON.stringify(button?.text)).toContain("Download CSV");
  });

  it("packs lines in order without passing the section limit", () => {
    const lines = Array.from({ length: 30 }, (_, i) => `${i}`.padEnd(400, "x"));
    const texts = packLines(lines);
    expect(texts.every((t) => t.length <= 3000)).toBe(true);
    expect(texts.join("\n")).toBe(lines.join("\n"));
  });
});

describe("the matrix as Adaptive Cards", () => {
  it("is a 1.5 Table per group of services whose cells are buildMatrix's", () => {
    const matrix = matrixOf(["ec2", "rds"]);
    const cards = matrixCards(matrix);
    expect(cards).toHaveLength(1);
    for (const card of cards) expect(cardProblems(card)).toEqual([]);
    const { cells, tables } = readCardTables(cards);
    expect(tables).toBe(1);
    expect(cells).toEqual(expectedCells(matrix));
  });

  it("splits 10 services into tables and cards under Teams' size limit", () => {
    const matrix = matrixOf(TEN_SERVICES);
    const cards = matrixCards(matrix, { saved: true });
    for (const card of cards) {
      expect(cardProblems(card)).toEqual([]);
      expect(Buffer.byteLength(JSON.stringify(card))).toBeLessThanOrEqual(CARD_MAX_BYTES);
    }
    const { cells, tables } = readCardTables(cards);
    expect(tables).toBe(2);
    expect(cells).toEqual(expectedCells(matrix));
  });
});
