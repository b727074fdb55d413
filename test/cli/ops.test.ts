// `srm tips run` and `srm gaps` as an operator runs them: the built command in a child process,
// over an embedded database in a temp folder, posting to a fake Slack Web API on loopback.
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSqlStore } from "../../src/store/sql/index.js";
import { FakeSlack } from "../helpers/slack.js";

const bin = fileURLToPath(new URL("../../dist/adapters/cli/main.js", import.meta.url));
const fake = new FakeSlack();
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "srm-ops-"));
  await fake.start();
  const store = await openSqlStore({ dataDir: dir });
  const schedule = { time: "09:00", timezone: "UTC", days: "daily" } as const;
  await store.subscribeTips("slack", "C0TIPS", schedule, new Date("2030-01-01T00:00:00Z"));
  for (const text of [
    "who owns the coffee machine?",
    "who owns the coffee machine?",
    "<@U123> what is love",
  ]) {
    await store.recordUnanswered(text, new Date("2030-01-02T00:00:00Z"));
  }
  await store.close();
}, 60_000);

afterAll(async () => {
  await fake.stop();
  await rm(dir, { recursive: true, force: true });
});

function spawnSrm(args: string[]) {
  return spawn(process.execPath, [bin, ...args], {
    cwd: dir, // no .env here
    env: {
      PATH: process.env.PATH,
      SRM_DATA_DIR: dir,
      LOG_LEVEL: "error",
      SLACK_SIGNING_SECRET: "s",
      SLACK_BOT_TOKEN: "xoxb-test-token",
      SLACK_API_URL: `${fake.url}/api/`,
    },
  });
}

function srm(args: string[]): Promise<{ stdout: string; stderr: string; code: number | null }> {
  return new Promise((resolve) => {
    const child = spawnSrm(args);
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (code) => resolve({ stdout, stderr, code }));
  });
}

describe("srm tips run", () => {
  it("posts the tips due at --now once, and a second run posts nothing more", async () => {
    const first = await srm(["tips", "run", "--now", "2030-01-15T09:01:00Z"]);
    expect(first.stdout).toContain("2030-01-15: posted");
    expect(first.code).toBe(0);
    const post = await fake.waitFor("chat.postMessage");
    expect(post.body.channel).toBe("C0TIPS");
    const second = await srm(["tips", "run", "--now", "2030-01-15T09:30:00Z"]);
    expect(second.stdout).toContain("2030-01-15: taken");
    expect(fake.count("chat.postMessage")).toBe(1);
  }, 60_000);

  it("posts nothing on a weekend to a channel that kept the default, weekdays", async () => {
    const store = await openSqlStore({ dataDir: dir });
    const weekdays = { time: "09:00", timezone: "UTC", days: "weekdays" } as const;
    await store.subscribeTips("slack", "C0WEEKDAYS", weekdays, new Date("2030-01-01T00:00:00Z"));
    await store.close();
    fake.reset();
    // 19 January 2030 is a Saturday; the 21st a Monday.
    await srm(["tips", "run", "--now", "2030-01-19T09:30:00Z"]);
    expect(fake.calls.some((c) => c.body.channel === "C0WEEKDAYS")).toBe(false);
    await srm(["tips", "run", "--now", "2030-01-21T09:30:00Z"]);
    expect(fake.calls.filter((c) => c.body.channel === "C0WEEKDAYS")).toHaveLength(1);
  }, 60_000);

  it("says nothing is due before the time", async () => {
    const run = await srm(["tips", "run", "--now", "2030-01-16T08:59:00Z"]);
    expect(run.stdout).toContain("no tip is due at 2030-01-16T08:59:00.000Z");
  }, 60_000);

  it("refuses a time that is not ISO 8601", async () => {
    const run = await srm(["tips", "run", "--now", "tomorrow"]);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain("ISO 8601");
  });

  it("exits 2 with a clear reason while a running server holds the embedded database", async () => {
    const held = await openSqlStore({ dataDir: dir });
    try {
      const run = await srm(["tips", "run"]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain("is held by a running server");
      expect(run.stderr).toContain("DATABASE_URL");
    } finally {
      await held.close();
    }
  }, 60_000);
});

describe("a runner killed in the middle of a post", () => {
  it("loses the day only until its lease runs out; the next runner posts it, once", async () => {
    const schedule = { time: "06:00", timezone: "UTC", days: "daily" } as const;
    const store = await openSqlStore({ dataDir: dir });
    await store.subscribeTips("slack", "C0KILLED", schedule, new Date("2030-01-01T00:00:00Z"));
    await store.close();
    fake.reset();
    // Slack hangs: the first runner claims the day, starts posting, and is killed.
    fake.hanging.add("chat.postMessage");
    const child = spawnSrm(["tips", "run", "--now", "2030-01-20T06:01:00Z"]);
    await fake.waitFor("chat.postMessage", (b) => b.channel === "C0KILLED", 30_000);
    child.kill("SIGKILL");
    await new Promise((resolve) => child.once("close", resolve));
    fake.hanging.clear();
    // Inside the five-minute lease the day stays claimed by the dead runner...
    const early = await srm(["tips", "run", "--now", "2030-01-20T06:03:00Z"]);
    expect(early.stdout).toContain("2030-01-20: taken");
    // ...after it, the next runner takes the day over and posts, once.
    const late = await srm(["tips", "run", "--now", "2030-01-20T06:07:00Z"]);
    expect(late.stdout).toContain("2030-01-20: posted");
    const again = await srm(["tips", "run", "--now", "2030-01-20T06:30:00Z"]);
    expect(again.stdout).not.toContain("posted");
  }, 120_000);
});

describe("srm gaps", () => {
  it("lists the unanswered questions, most asked first, without mentions", async () => {
    const run = await srm(["gaps"]);
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split("\n");
    expect(lines[0]?.trim()).toMatch(/^2\s+2030-01-02\s+who owns the coffee machine\?$/);
    expect(run.stdout).not.toContain("U123");
  }, 60_000);
});
