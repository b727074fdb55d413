// The server as a process, as it is deployed: `node dist/main.js` started, stopped with SIGTERM
// and started again over the same database (embedded PGlite, and a PostgreSQL server), and two
// processes side by side on one PostgreSQL database. Slack is a fake Web API on loopback.
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSqlStore } from "../../src/store/sql/index.js";
import { listeningPort } from "../helpers/process.js";
import { commandReply, FakeSlack, fixture, SIGNING_SECRET, sendCommand } from "../helpers/slack.js";
import { PG_URL, pgUnavailable } from "../store/stores.js";

const main = fileURLToPath(new URL("../../dist/main.js", import.meta.url));
const fake = new FakeSlack();
const KEPT = "T0001/C2147483705"; // the recorded command's team and channel, as the bot keeps it
let sent = 0;

beforeAll(() => fake.start());
afterAll(() => fake.stop());

interface Server {
  readonly url: string;
  stop(): Promise<number | null>;
}

async function startServer(database: Record<string, string>): Promise<Server> {
  const child = spawn(process.execPath, [main], {
    env: {
      PATH: process.env.PATH,
      PORT: "0",
      LOG_LEVEL: "info",
      SRM_TIPS: "off",
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_BOT_TOKEN: "xoxb-test-token",
      SLACK_BOT_ID: "B1",
      SLACK_BOT_USER_ID: "U1",
      SLACK_API_URL: `${fake.url}/api/`,
      ...database,
    },
  });
  const port = await listeningPort(child);
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () => {
      child.kill("SIGTERM");
      return exited;
    },
  };
}

const command = (text: string, trigger = `proc.${++sent}`) => ({
  ...fixture<Record<string, string>>("slash-command.json"),
  text,
  trigger_id: trigger,
});

async function survivesRestart(
  database: Record<string, string>,
  open: () => ReturnType<typeof openSqlStore>,
) {
  const first = await startServer(database);
  expect(
    (await commandReply(first.url, command("tips on 08:45 Europe/Paris daily"))).text,
  ).toContain("08:45 Europe/Paris");
  const shown = await commandReply(first.url, command("tips now"));
  expect(shown.response_type).toBe("in_channel");
  expect(await first.stop()).toBe(0);

  const second = await startServer(database);
  const status = await commandReply(second.url, command("tips status"));
  expect(status.text).toContain("Daily tips are on: 08:45 Europe/Paris, every day");
  expect(await second.stop()).toBe(0);
  const store = await open();
  try {
    expect((await store.tipOrder("slack", KEPT))?.position).toBe(1);
  } finally {
    await store.close();
  }
}

describe("a restart", () => {
  it("keeps the subscription and the tip position, on the embedded database", async () => {
    const dir = await mkdtemp(join(tmpdir(), "srm-restart-"));
    try {
      await survivesRestart({ SRM_DATA_DIR: dir }, () => openSqlStore({ dataDir: dir }));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

describe.skipIf(pgUnavailable)(
  `on a PostgreSQL server${pgUnavailable ? ` (skipped: ${pgUnavailable})` : ""}`,
  () => {
    const name = `srm_processes_${process.pid}`;
    const url = new URL(PG_URL);
    url.pathname = `/${name}`;
    const admin = () => new pg.Client({ connectionString: PG_URL });

    beforeAll(async () => {
      const client = admin();
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name}`);
      await client.query(`CREATE DATABASE ${name}`);
      await client.end();
    });
    afterAll(async () => {
      const client = admin();
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    });

    it("keeps the subscription and the tip position over a restart", async () => {
      const database = { DATABASE_URL: url.href };
      await survivesRestart(database, () => openSqlStore({ databaseUrl: url.href }));
    }, 120_000);

    it("answers a signed command replayed to a second process once", async () => {
      const database = { DATABASE_URL: url.href };
      const [a, b] = await Promise.all([startServer(database), startServer(database)]);
      try {
        const replayed = command("who-owns patching on rds", "proc.replayed");
        const timestamp = Math.floor(Date.now() / 1000);
        const first = await sendCommand(a.url, replayed, { timestamp });
        expect(JSON.stringify(await first.json())).toContain("Patching on Amazon RDS");
        const second = await sendCommand(b.url, replayed, { timestamp });
        expect(second.status).toBe(200);
        expect(await second.text()).toBe("");
      } finally {
        await Promise.all([a.stop(), b.stop()]);
      }
    }, 120_000);
  },
);
