// Losing the database does not stop answers: with the store's database gone, slash commands
// are still answered from the knowledge base in memory, /readyz stays ready and says the
// database is down, and a tips command says plainly that it could not be changed.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Bot, buildBot } from "../../src/bot.js";
import { parseConfig } from "../../src/config.js";
import { createLogger } from "../../src/observability/logger.js";
import { openSqlStore, type SqlStore } from "../../src/store/sql/index.js";
import { shippedSrm } from "../helpers/knowledge.js";
import { commandReply, FakeSlack, fixture, SIGNING_SECRET } from "../helpers/slack.js";

let dir: string;
let store: SqlStore;
let bot: Bot;
let url: string;
const fake = new FakeSlack();
let sent = 0;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "srm-db-down-"));
  store = await openSqlStore({ dataDir: dir });
  await fake.start();
  const config = parseConfig({
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_BOT_TOKEN: "xoxb-test-token",
    SLACK_API_URL: `${fake.url}/api/`,
    SRM_RATE_LIMIT: "off",
    SRM_TIPS: "off",
  });
  bot = await buildBot(config, shippedSrm(), { store, logger: createLogger("silent") });
  url = `http://127.0.0.1:${(await bot.http.listen(0)).port}`;
}, 60_000);

afterAll(async () => {
  await bot.stop();
  await fake.stop();
  await rm(dir, { recursive: true, force: true });
});

const command = (text: string) =>
  commandReply(url, {
    ...fixture<Record<string, string>>("slash-command.json"),
    text,
    trigger_id: `down.${++sent}`,
  });

describe("with the database gone", () => {
  it("is ready and says its database answers while it does", async () => {
    expect(await (await fetch(`${url}/readyz`)).json()).toEqual({ ok: true, database: true });
  });

  it("still answers questions, stays ready, and reports the database down", async () => {
    await store.close();
    const reply = await command("who-owns patching on rds");
    expect(JSON.stringify(reply.blocks)).toContain("Amazon RDS");
    const ready = await fetch(`${url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ ok: true, database: false });
  });

  it("says a tips change could not be made, rather than failing silently", async () => {
    const reply = await command("tips on 09:00 UTC");
    expect(reply.text).toContain("could not reach my database");
  });
});
