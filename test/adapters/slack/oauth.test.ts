// Slack across workspaces, over real HTTP on loopback: GET /slack/install, the OAuth redirect
// exchanging its code with a fake Slack Web API, the installation sealed in the store (in
// memory and in embedded PostgreSQL), the installed team's requests answered with its own
// token, and the installation deleted when the app is uninstalled or its bot token revoked.
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type Bot, buildBot } from "../../../src/bot.js";
import { parseConfig } from "../../../src/config.js";
import { createLogger } from "../../../src/observability/logger.js";
import { MemoryStore } from "../../../src/store/memory-store.js";
import { openSqlStore } from "../../../src/store/sql/index.js";
import type { InstallationKey, Store } from "../../../src/store/store.js";
import { shippedSrm } from "../../helpers/knowledge.js";
import {
  BOT_USER,
  FakeSlack,
  fixture,
  SIGNING_SECRET,
  sendCommand,
  sendEvent,
} from "../../helpers/slack.js";

const INSTALLED = FakeSlack.OAUTH_V2_ACCESS;
const TOKEN = INSTALLED.access_token;
const TEAM = INSTALLED.team.id;
const CLIENT_SECRET = "a1b2c3d4e5f6-client-secret";
const TEAM_KEY: InstallationKey = { teamId: TEAM, isEnterpriseInstall: false };

interface Harness {
  readonly fake: FakeSlack;
  readonly bot: Bot;
  readonly store: Store;
  readonly url: string;
  readonly logged: string[];
  close(): Promise<void>;
}

async function start(store: Store, cleanup: () => Promise<void>): Promise<Harness> {
  const fake = new FakeSlack();
  await fake.start();
  const config = parseConfig({
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_CLIENT_ID: "1234567890.0987654321",
    SLACK_CLIENT_SECRET: CLIENT_SECRET,
    SLACK_STATE_SECRET: "state-secret-for-the-oauth-tests",
    SRM_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
    SLACK_API_URL: `${fake.url}/api/`,
    SRM_RATE_LIMIT: "off",
    SRM_TIPS: "off",
  });
  // Debug: every line Bolt, the Web API client and the installer write is checked for secrets.
  const logged: string[] = [];
  const logger = createLogger("debug", { write: (line: string) => void logged.push(line) });
  const bot = await buildBot(config, shippedSrm(), { store, logger });
  const address = await bot.http.listen(0);
  await bot.start();
  return {
    fake,
    bot,
    store,
    logged,
    url: `http://127.0.0.1:${address.port}`,
    close: async () => {
      await bot.stop();
      await fake.stop();
      await store.close();
      await cleanup();
    },
  };
}

/** GET /slack/install as a browser: the authorize URL on the page, the state and its cookie. */
async function visitInstall(url: string) {
  const res = await fetch(`${url}/slack/install`);
  const html = await res.text();
  const href = /href="(https:\/\/slack\.com\/oauth\/v2\/authorize\?[^"]+)"/.exec(html)?.[1];
  const authorize = new URL((href ?? "").replaceAll("&amp;", "&"));
  const cookie = (res.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  return { res, authorize, state: authorize.searchParams.get("state") ?? "", cookie };
}

/** Slack sending the browser back with a code, as after "Allow". */
function redirect(url: string, query: Record<string, string>, cookie?: string) {
  return fetch(`${url}/slack/oauth_redirect?${new URLSearchParams(query)}`, {
    headers: cookie ? { cookie } : {},
    redirect: "manual",
  });
}

async function install(h: Harness): Promise<Response> {
  const { state, cookie } = await visitInstall(h.url);
  return redirect(h.url, { code: "1234.5678.abcd", state }, cookie);
}

let sent = 0;
function command(h: Harness, text: string, team: string = TEAM) {
  sent += 1;
  return {
    ...fixture<Record<string, string>>("slash-command.json"),
    team_id: team,
    text,
    // A body of its own: the same body signed in the same second is dropped as a replay.
    trigger_id: `13345224609.738474920.${sent}`,
    response_url: `${h.fake.url}/response/cmd`,
  };
}

function teamEvent(team: string, event: Record<string, unknown>, id: string) {
  return {
    token: "verification-token-unused",
    team_id: team,
    api_app_id: INSTALLED.app_id,
    event,
    type: "event_callback",
    event_id: id,
    event_time: Math.floor(Date.now() / 1000),
  };
}

async function until(check: () => Promise<boolean>, what: string, ms = 5_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const stores: [string, () => Promise<{ store: Store; cleanup: () => Promise<void> }>][] = [
  ["in memory", async () => ({ store: new MemoryStore(), cleanup: async () => {} })],
  [
    "in embedded PostgreSQL",
    async () => {
      const dir = await mkdtemp(join(tmpdir(), "srm-oauth-"));
      const store = await openSqlStore({ dataDir: dir });
      return { store, cleanup: () => rm(dir, { recursive: true, force: true }) };
    },
  ],
];

describe.each(stores)("Slack installed across workspaces, installations %s", (_, open) => {
  let h: Harness;
  beforeAll(async () => {
    const { store, cleanup } = await open();
    h = await start(store, cleanup);
  }, 60_000);
  afterAll(async () => h?.close());
  beforeEach(async () => {
    h.fake.reset();
    await h.store.deleteInstallation(TEAM_KEY);
  });

  it("serves the install page: Slack's authorize URL with a state, bound to a cookie", async () => {
    const { res, authorize, state, cookie } = await visitInstall(h.url);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/text\/html/);
    expect(authorize.origin + authorize.pathname).toBe("https://slack.com/oauth/v2/authorize");
    expect(authorize.searchParams.get("client_id")).toBe("1234567890.0987654321");
    expect(authorize.searchParams.get("scope")?.split(",")).toEqual(
      expect.arrayContaining(["commands", "chat:write", "users:read"]),
    );
    expect(state.length).toBeGreaterThan(20);
    expect(cookie).toBe(`slack-app-oauth-state=${state}`);
    expect(res.headers.get("set-cookie")).toMatch(/HttpOnly/);
  });

  it("refuses a redirect with a forged state, or a state from another browser", async () => {
    const forged = await redirect(
      h.url,
      { code: "c", state: "forged" },
      "slack-app-oauth-state=forged",
    );
    expect(forged.status).toBe(400);
    const { state } = await visitInstall(h.url);
    const noCookie = await redirect(h.url, { code: "c", state });
    expect(noCookie.status).toBe(400);
    const otherBrowser = await visitInstall(h.url);
    const mixed = await redirect(h.url, { code: "c", state }, otherBrowser.cookie);
    expect(mixed.status).toBe(400);
    expect(h.fake.count("oauth.v2.access")).toBe(0);
    expect(await h.store.fetchInstallation(TEAM_KEY)).toBeUndefined();
  });

  it("installs: exchanges the code, keeps the installation sealed, answers with its token", async () => {
    const res = await install(h);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain(`slack://app?team=${TEAM}`);
    const exchange = await h.fake.waitFor("oauth.v2.access");
    expect(exchange.body).toMatchObject({
      code: "1234.5678.abcd",
      client_id: "1234567890.0987654321",
    });

    // Kept sealed: the token (nor any part of the installation) is not in the stored bytes.
    const raw = await h.store.fetchInstallation(TEAM_KEY);
    expect(raw).toBeDefined();
    const bytes = Buffer.from(raw?.ciphertext ?? []);
    expect(bytes[0]).toBe(1); // the version byte
    expect(bytes.length).toBeGreaterThan(1 + 12 + 16 + TOKEN.length);
    for (const secret of [TOKEN, "xoxb-", "pdFZKVeTuE8sk7oOcBrzbqgy", "Softball"]) {
      expect(bytes.includes(Buffer.from(secret))).toBe(false);
      expect(bytes.toString("base64")).not.toContain(secret);
    }

    // The installed team's command is answered…
    h.fake.reset();
    const answered = await sendCommand(h.url, command(h, "who-owns patching on rds"));
    expect(answered.status).toBe(200);
    expect(JSON.stringify(await answered.json())).toContain("Patching on Amazon RDS");
    // …and what the bot asks Slack for that team goes with the installed token.
    const tips = await sendCommand(h.url, command(h, "tips on 09:00"));
    expect(tips.status).toBe(200);
    const mention = fixture<{ event: Record<string, unknown> }>("app-mention.json").event;
    await sendEvent(
      h.url,
      teamEvent(TEAM, { ...mention, text: `<@${BOT_USER}> who owns patching on rds` }, "EvOAUTH1"),
    );
    await h.fake.waitFor("chat.postMessage");
    const calls = h.fake.authorizations.filter((a) => a.method !== "response_url");
    expect(calls.map((c) => c.method)).toEqual(
      expect.arrayContaining(["users.info", "chat.postMessage"]),
    );
    for (const call of calls) expect(call.authorization).toBe(`Bearer ${TOKEN}`);
    // The installation holds the bot's ids: no auth.test on the request path.
    expect(h.fake.count("auth.test")).toBe(0);
  });

  it("posts a team's daily tip with that team's own token", async () => {
    await install(h);
    h.fake.reset();
    const subscribed = await sendCommand(h.url, command(h, "tips on 09:00 UTC daily"));
    expect(JSON.stringify(await subscribed.json())).toContain("Daily tips are on");
    const runs = await h.bot.runTips(new Date("2030-01-15T09:01:00Z"));
    expect(runs.map((r) => r.outcome)).toEqual(["posted"]);
    const post = h.fake.authorizations.find((a) => a.method === "chat.postMessage");
    expect(post?.authorization).toBe(`Bearer ${TOKEN}`);
  });

  it("does not answer a team that never installed the app", async () => {
    await install(h);
    const res = await sendCommand(h.url, command(h, "who-owns patching on rds", "T0STRANGER"));
    expect(res.status).toBe(200);
    expect(await res.text()).not.toContain("Patching on Amazon RDS");
  });

  it("deletes the installation when the app is uninstalled", async () => {
    await install(h);
    expect(await h.store.fetchInstallation(TEAM_KEY)).toBeDefined();
    // Answered once first, so the opened installation is in memory when the uninstall comes.
    const before = await sendCommand(h.url, command(h, "who-owns patching on ec2"));
    expect(await before.text()).toContain("Patching on Amazon EC2");
    const res = await sendEvent(
      h.url,
      teamEvent(TEAM, { type: "app_uninstalled" }, "EvUNINSTALL1"),
    );
    expect(res.status).toBe(200);
    await until(
      async () => !(await h.store.fetchInstallation(TEAM_KEY)),
      "the installation deleted",
    );
    const after = await sendCommand(h.url, command(h, "who-owns patching on rds"));
    expect(await after.text()).not.toContain("Patching on Amazon RDS");
  });

  it("deletes it when the bot token is revoked, not when only user tokens are", async () => {
    await install(h);
    const users = { type: "tokens_revoked", tokens: { oauth: ["U1234"] } };
    await sendEvent(h.url, teamEvent(TEAM, users, "EvREVOKE1"));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await h.store.fetchInstallation(TEAM_KEY)).toBeDefined();
    const bot = { type: "tokens_revoked", tokens: { bot: [BOT_USER] } };
    await sendEvent(h.url, teamEvent(TEAM, bot, "EvREVOKE2"));
    await until(
      async () => !(await h.store.fetchInstallation(TEAM_KEY)),
      "the installation deleted",
    );
  });

  it("treats a tampered installation as not installed, and says so in the log", async () => {
    await install(h);
    const raw = await h.store.fetchInstallation(TEAM_KEY);
    if (!raw) throw new Error("not installed");
    const tampered = Uint8Array.from(raw.ciphertext);
    tampered[tampered.length - 1] = (tampered[tampered.length - 1] ?? 0) ^ 0x01;
    await h.store.saveInstallation({ ...raw, ciphertext: tampered });
    const before = h.logged.length;
    const res = await sendCommand(h.url, command(h, "who-owns patching on rds"));
    expect(res.status).toBe(200);
    expect(await res.text()).not.toContain("Patching on Amazon RDS");
    const lines = h.logged.slice(before).map((l) => JSON.parse(l) as Record<string, unknown>);
    const failure = lines.find((l) => String(l.msg).includes("could not be opened"));
    expect(failure).toMatchObject({
      level: 50,
      teamId: TEAM,
      reason: expect.stringMatching(/authentication/),
    });
  });

  it("never writes the bot token or the client secret to the log", () => {
    // Runs after the installs, commands, events and failures above.
    expect(h.logged.length).toBeGreaterThan(0);
    const log = h.logged.join("\n");
    expect(log).toContain("Slack: installation saved");
    // The code exchange was logged at debug, its secrets scrubbed.
    expect(log).toContain("client_secret");
    expect(log).not.toContain(TOKEN);
    expect(log).not.toContain("pdFZKVeTuE8sk7oOcBrzbqgy");
    expect(log).not.toContain(CLIENT_SECRET);
  });
});
