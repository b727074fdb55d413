// The daily tip on Teams over real HTTP: "tips …" typed to the bot as the Bot Framework sends it,
// and a pass of the tip runner posting unasked through the kept conversation reference to a fake
// Bot Framework connector on loopback.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { activity, converse, startTeamsHarness, type TeamsHarness } from "../../helpers/teams.js";

interface Posted {
  readonly path: string;
  readonly body: { attachments?: { content: { body?: unknown[] } }[] };
}

let teams: TeamsHarness;
let connector: Server;
let connectorUrl = "";
const posted: Posted[] = [];

beforeAll(async () => {
  teams = await startTeamsHarness({ SRM_TIPS: "off" });
  connector = createServer((req, res) => {
    let text = "";
    req.on("data", (d) => (text += d));
    req.on("end", () => {
      posted.push({ path: req.url ?? "", body: JSON.parse(text || "{}") });
      res.writeHead(200, { "content-type": "application/json" }).end('{"id":"1"}');
    });
  });
  await new Promise<void>((resolve) => connector.listen(0, "127.0.0.1", resolve));
  connectorUrl = `http://127.0.0.1:${(connector.address() as AddressInfo).port}/`;
});
afterAll(async () => {
  await teams.close();
  await new Promise((resolve) => connector.close(resolve));
});

const say = async (text: string) => {
  const message = activity("personal-message.json", { text, serviceUrl: connectorUrl });
  const replies = (await converse(teams.url, message)) as { text?: string }[];
  return replies[0];
};

describe("tips on Teams", () => {
  it("subscribes the conversation, then posts the day's tip there once, unasked", async () => {
    const reply = await say("tips on 08:00 UTC daily");
    expect(reply?.text).toContain("Daily tips are on: 08:00 UTC, every day");
    const passes = await Promise.all(
      [0, 1].map(() => teams.bot.runTips(new Date("2030-01-15T08:00:30Z"))),
    );
    expect(passes.flat().filter((r) => r.outcome === "posted")).toHaveLength(1);
    expect(posted).toHaveLength(1);
    expect(posted[0]?.path).toMatch(/^\/v3\/conversations\/.+\/activities/);
    expect(JSON.stringify(posted[0]?.body.attachments?.[0]?.content.body)).toContain("Source");
  });

  it("answers `tips status` and `tips off` in the conversation", async () => {
    expect((await say("tips status"))?.text).toContain("08:00 UTC");
    expect((await say("tips off"))?.text).toContain("Daily tips are off here");
    expect(await teams.bot.runTips(new Date("2030-01-16T08:00:30Z"))).toEqual([]);
  });
});
