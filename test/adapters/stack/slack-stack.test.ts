// `/srm stack …` and `/srm matrix …` on Slack, end to end over real HTTP: the slash command as
// Slack sends it, the stack kept in the store, the matrix as Block Kit compared with buildMatrix,
// and "Download CSV" uploading the matrix through a fake Slack Web API on loopback.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { buildMatrix } from "../../../src/core/matrix/build.js";
import type { Matrix } from "../../../src/core/matrix/types.js";
import { MATRIX_CSV_ACTION } from "../../../src/render/matrix/block-kit.js";
import { renderMatrixCsv } from "../../../src/render/matrix/csv.js";
import { shippedKnowledge } from "../../helpers/knowledge.js";
import { slashCommand } from "../../helpers/platforms.js";
import {
  commandReply,
  fixture,
  type SlackHarness,
  sendAction,
  startSlackHarness,
} from "../../helpers/slack.js";
import {
  type Block,
  blockKitProblems,
  expectedCells,
  readBlockKitMatrix,
  TEN_SERVICES,
} from "../../render/matrix/chat-readers.js";
import { parseCsv } from "../../render/matrix/parsers.js";

const kb = shippedKnowledge();
const CHANNEL = "C2147483705"; // the recorded slash command's channel, in team T0001
// How the bot keeps a Slack channel: with its team, whose token posts there.
const KEPT = `T0001/${CHANNEL}`;
let slack: SlackHarness;

beforeAll(async () => {
  slack = await startSlackHarness();
});
afterAll(() => slack.close());
beforeEach(async () => {
  slack.fake.reset();
  await slack.store.saveStack("slack", KEPT, []);
});

// Each command is new to the bot (its own trigger id): identical bodies would be replays.
let sent = 0;
const srm = (text: string) =>
  commandReply(slack.url, { ...slashCommand(slack, text), trigger_id: `stack.${++sent}` });

function matrixOf(names: readonly string[]): Matrix {
  const matrix = buildMatrix(kb, names);
  if (matrix.kind !== "matrix") throw new Error(JSON.stringify(matrix.problems));
  return matrix;
}

function csvButton(blocks: readonly Block[]) {
  return blocks.flatMap((b) => b.elements ?? []).find((e) => e.action_id === MATRIX_CSV_ACTION);
}

describe("/srm stack on Slack", () => {
  it("saves the channel's stack as service ids and shows it", async () => {
    const saved = await srm("stack ec2 rds s3");
    expect(saved.response_type).toBe("in_channel");
    expect(saved.text).toContain("<@U2147483697> Saved this channel's stack, 3 services");
    expect(saved.text).toContain("Amazon RDS (rds)");
    expect(await slack.store.savedStack("slack", KEPT)).toEqual(["aws-ec2", "aws-rds", "aws-s3"]);
    const shown = await srm("stack");
    expect(shown.response_type).toBe("ephemeral");
    expect(shown.text).toContain("This channel's stack, 3 services: Amazon EC2 (ec2)");
  });

  it("reads names between commas as names with spaces, keeping a variant named", async () => {
    await srm("stack eks fargate, rds, blob storage");
    expect(await slack.store.savedStack("slack", KEPT)).toEqual([
      "aws-eks:fargate",
      "aws-rds",
      "azure-blob-storage",
    ]);
  });

  it("names unknown services with the closest known ones, escaped, and saves nothing", async () => {
    await srm("stack ec2 s3");
    const reply = await srm("stack ec2 cosmoss <!channel>");
    expect(reply.response_type).toBe("ephemeral");
    expect(reply.text).toContain("Nothing was saved.");
    expect(reply.text).toMatch(/Unknown service "cosmoss"\. Closest known services: .*Cosmos DB/);
    expect(reply.text).toContain("&lt;!channel&gt;");
    expect(reply.text).not.toContain("<!channel>");
    expect(await slack.store.savedStack("slack", KEPT)).toEqual(["aws-ec2", "aws-s3"]);
  });

  it("says how to save a stack when there is none", async () => {
    expect((await srm("stack")).text).toContain("no saved stack yet");
    expect((await srm("matrix")).text).toContain("Name the services");
  });

  it("refuses more services than a chat stack holds", async () => {
    const reply = await srm(`stack ${Array.from({ length: 21 }, () => "ec2").join(" ")}`);
    expect(reply.text).toContain("at most 20 services");
    expect(await slack.store.savedStack("slack", KEPT)).toEqual([]);
  });
});

describe("/srm matrix on Slack", () => {
  it("shows the saved stack's matrix, every cell as buildMatrix says", async () => {
    await srm("stack eks fargate, rds, blob storage");
    const reply = await srm("matrix");
    expect(reply.response_type).toBe("in_channel");
    const blocks = reply.blocks as Block[];
    expect(blockKitProblems(blocks)).toEqual([]);
    expect(JSON.stringify(blocks)).toContain("This channel's saved stack");
    const matrix = matrixOf(["eks fargate", "rds", "blob storage"]);
    expect(readBlockKitMatrix(blocks)).toEqual(expectedCells(matrix));
    expect(csvButton(blocks)?.value).toBe("aws-eks:fargate aws-rds azure-blob-storage");
  });

  it("shows the matrix of the services named, whatever is saved", async () => {
    await srm("stack s3");
    const reply = await srm("matrix ec2 rds");
    const blocks = reply.blocks as Block[];
    expect(readBlockKitMatrix(blocks)).toEqual(expectedCells(matrixOf(["ec2", "rds"])));
    expect(await slack.store.savedStack("slack", KEPT)).toEqual(["aws-s3"]);
  });

  it("fits a 10-service matrix within Block Kit's limits", async () => {
    const reply = await srm(`matrix ${TEN_SERVICES.join(", ")}`);
    const blocks = reply.blocks as Block[];
    expect(blockKitProblems(blocks)).toEqual([]);
    const cells = readBlockKitMatrix(blocks);
    expect(cells).toEqual(expectedCells(matrixOf(TEN_SERVICES)));
    expect([...cells.values()].every((row) => row.size === 10)).toBe(true);
  });

  it("says which names it could not read", async () => {
    const reply = await srm("matrix ec2 heroku");
    expect(reply.response_type).toBe("ephemeral");
    expect(reply.text).toContain('"heroku" is outside what srm-bot covers');
  });
});

describe("Download CSV on Slack", () => {
  const click = (value: string) =>
    sendAction(slack.url, {
      ...fixture("block-actions.json"),
      response_url: `${slack.fake.url}/response/csv`,
      actions: [
        {
          action_id: MATRIX_CSV_ACTION,
          block_id: "matrix",
          text: { type: "plain_text", text: "Download CSV", emoji: true },
          value,
          type: "button",
          action_ts: "1548426417.840180",
        },
      ],
    });

  it("uploads the matrix as CSV through Slack's external upload flow", async () => {
    const reply = await srm(`matrix ${TEN_SERVICES.join(", ")}`);
    const value = csvButton(reply.blocks as Block[])?.value ?? "";
    expect((await click(value)).status).toBe(200);
    const asked = await slack.fake.waitFor("files.getUploadURLExternal");
    expect(asked.body.filename).toBe("srm-matrix.csv");
    const upload = await slack.fake.waitFor("upload");
    const done = await slack.fake.waitFor("files.completeUploadExternal");
    expect(done.body.channel_id).toBe("C0LAN2Q65");
    expect(done.body.files).toEqual([expect.objectContaining({ id: "F0UPLOAD1" })]);

    const bytes = String(Object.values(upload.body)[0]);
    expect(Number(asked.body.length)).toBe(Buffer.byteLength(bytes));
    const matrix = matrixOf(TEN_SERVICES);
    expect(bytes).toBe(renderMatrixCsv(matrix));
    const [header, ...rows] = parseCsv(bytes);
    expect(header).toEqual(["area", ...value.split(" ")]);
    expect(rows).toHaveLength(22);
    // Every cell as buildMatrix says, row by row.
    expect(rows).toEqual(
      matrix.rows.map((r) => [r.area.id, ...r.cells.map((c) => c?.owner ?? "")]),
    );
  });

  it("refuses a tampered value: no upload, a note to the user", async () => {
    await click("aws-ec2 not-a-service");
    const note = await slack.fake.waitFor("response_url");
    expect(note.body.text).toContain("out of date");
    expect(slack.fake.count("files.getUploadURLExternal")).toBe(0);
  });

  it("tells the user when Slack refuses the upload", async () => {
    slack.fake.overrides.set("files.completeUploadExternal", {
      ok: false,
      error: "not_in_channel",
    });
    await click("aws-ec2 aws-rds");
    const note = await slack.fake.waitFor("response_url");
    expect(note.body.text).toContain("could not upload the CSV");
  });
});
