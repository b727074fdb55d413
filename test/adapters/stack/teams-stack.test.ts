// `stack …` and `matrix …` typed to the bot on Teams, over real HTTP as the Bot Framework sends
// them: the conversation's stack kept in the store, and the matrix as Adaptive Card 1.5 tables
// that the Adaptive Cards parser accepts, every cell compared with buildMatrix.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { buildMatrix } from "../../../src/core/matrix/build.js";
import type { Matrix } from "../../../src/core/matrix/types.js";
import { CARD_MAX_BYTES } from "../../../src/render/adaptive-card.js";
import { shippedKnowledge } from "../../helpers/knowledge.js";
import {
  activity,
  cardOf,
  cardProblems,
  converse,
  startTeamsHarness,
  type TeamsHarness,
} from "../../helpers/teams.js";
import { expectedCells, readCardTables, TEN_SERVICES } from "../../render/matrix/chat-readers.js";

const kb = shippedKnowledge();
let teams: TeamsHarness;
const message = activity("personal-message.json");
const CONVERSATION = (message.conversation as { id: string }).id;

beforeAll(async () => {
  teams = await startTeamsHarness();
});
afterAll(() => teams.close());
beforeEach(() => teams.store.saveStack("teams", CONVERSATION, []));

const say = async (text: string) => {
  const replies = await converse(teams.url, activity("personal-message.json", { text }));
  return replies.map(cardOf);
};

function matrixOf(names: readonly string[]): Matrix {
  const matrix = buildMatrix(kb, names);
  if (matrix.kind !== "matrix") throw new Error(JSON.stringify(matrix.problems));
  return matrix;
}

const textOf = (cards: readonly Record<string, unknown>[]) => JSON.stringify(cards);

describe("stack and matrix on Teams", () => {
  it("answers `matrix ec2 rds` with an Adaptive Card Table whose cells are buildMatrix's", async () => {
    const cards = await say("matrix ec2 rds");
    expect(cards).toHaveLength(1);
    for (const card of cards) {
      expect(card.version).toBe("1.5");
      expect(cardProblems(card)).toEqual([]);
    }
    const { cells, tables } = readCardTables(cards);
    expect(tables).toBe(1);
    expect(cells).toEqual(expectedCells(matrixOf(["ec2", "rds"])));
  });

  it("saves the conversation's stack, shows it, and shows its matrix split across tables", async () => {
    const saved = await say(`stack ${TEN_SERVICES.join(", ")}`);
    expect(textOf(saved)).toContain("Saved this channel's stack, 10 services");
    const ids = await teams.store.savedStack("teams", CONVERSATION);
    expect(ids).toHaveLength(10);
    expect(ids).toContain("aws-eks:fargate");
    expect(textOf(await say("stack"))).toContain("This channel's stack, 10 services");

    const cards = await say("matrix");
    for (const card of cards) {
      expect(cardProblems(card)).toEqual([]);
      expect(Buffer.byteLength(JSON.stringify(card))).toBeLessThanOrEqual(CARD_MAX_BYTES);
    }
    const { cells, tables } = readCardTables(cards);
    expect(tables).toBe(2);
    expect(cells).toEqual(expectedCells(matrixOf(TEN_SERVICES)));
  });

  it("names unknown services with suggestions, escaped, and saves nothing", async () => {
    const cards = await say("stack ec2 cosmoss [x](https://evil.example)");
    expect(cards.every((c) => cardProblems(c).length === 0)).toBe(true);
    const text = textOf(cards);
    expect(text).toContain("Nothing was saved.");
    expect(text).toContain("Cosmos DB");
    // The link typed is shown as text, never as a link.
    expect(text).not.toContain("[x](https://");
    expect(await teams.store.savedStack("teams", CONVERSATION)).toEqual([]);
  });
});
