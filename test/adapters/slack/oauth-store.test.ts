// The sealed installation store on every store (memory, embedded PostgreSQL, and PostgreSQL when
// reachable), the AES-256-GCM records themselves, the OAuth settings and the manifest.
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import type { Installation } from "@slack/bolt";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { BOT_SCOPES, scrubbed } from "../../../src/adapters/slack/oauth/index.js";
import { encryptedInstallationStore } from "../../../src/adapters/slack/oauth/installation-store.js";
import { open, SealError, seal } from "../../../src/adapters/slack/oauth/seal.js";
import { ConfigError, parseConfig } from "../../../src/config.js";
import { describeConfig } from "../../../src/config-description.js";
import { boltLogger, createLogger } from "../../../src/observability/logger.js";
import { ALL_KINDS, describeStores } from "../../store/stores.js";

const TOKEN = "xoxb-1111-2222-sealedTokenValue";

function installation(team: string, token = TOKEN): Installation<"v2", false> {
  return {
    team: { id: team, name: "Example" },
    enterprise: undefined,
    user: { id: "U1", token: undefined, scopes: undefined },
    bot: { token, scopes: ["commands"], id: "B1", userId: "U0BOT" },
    appId: "A1",
    tokenType: "bot",
    isEnterpriseInstall: false,
    authVersion: "v2",
  };
}

function orgInstallation(enterprise: string): Installation<"v2", true> {
  return {
    team: undefined,
    enterprise: { id: enterprise, name: "Org" },
    user: { id: "U1", token: undefined, scopes: undefined },
    bot: { token: TOKEN, scopes: ["commands"], id: "B1", userId: "U0BOT" },
    appId: "A1",
    isEnterpriseInstall: true,
    authVersion: "v2",
  };
}

function capture() {
  const logged: string[] = [];
  const logger = createLogger("debug", { write: (line: string) => void logged.push(line) });
  return { logged, logger };
}

describeStores("the sealed Slack installation store", ALL_KINDS, (h) => {
  const key = randomBytes(32);

  it("saves, fetches and deletes a workspace installation, keeping only ciphertext", async () => {
    const { logger, logged } = capture();
    const store = encryptedInstallationStore(h.store, key, logger);
    await store.storeInstallation(installation("T1"));
    const query = { teamId: "T1", enterpriseId: undefined, isEnterpriseInstall: false } as const;
    expect(await store.fetchInstallation(query)).toEqual(installation("T1"));
    const raw = await h.store.fetchInstallation({ teamId: "T1", isEnterpriseInstall: false });
    const bytes = Buffer.from(raw?.ciphertext ?? []);
    expect(bytes.includes(Buffer.from(TOKEN))).toBe(false);
    expect(bytes.includes(Buffer.from("sealedTokenValue"))).toBe(false);
    await store.deleteInstallation(query);
    await expect(store.fetchInstallation(query)).rejects.toThrow(/not installed/);
    expect(logged.join("\n")).not.toContain(TOKEN);
  });

  it("keeps an org-wide installation by enterprise, found from any of its workspaces", async () => {
    const store = encryptedInstallationStore(h.store, key, capture().logger);
    await store.storeInstallation(orgInstallation("E1"));
    const found = await store.fetchInstallation({
      enterpriseId: "E1",
      teamId: "T9",
      isEnterpriseInstall: true,
    });
    expect(found.bot?.token).toBe(TOKEN);
    await expect(
      store.fetchInstallation({ enterpriseId: "E1", teamId: "T9", isEnterpriseInstall: false }),
    ).rejects.toThrow(/not installed/);
  });

  it("treats a tampered record, a record under another key or another team as not installed", async () => {
    const { logger, logged } = capture();
    const store = encryptedInstallationStore(h.store, key, logger);
    await store.storeInstallation(installation("T1"));
    await store.storeInstallation(installation("T2", "xoxb-2-other"));
    const t1 = { teamId: "T1", isEnterpriseInstall: false } as const;
    const t2 = { teamId: "T2", isEnterpriseInstall: false } as const;
    const raw = await h.store.fetchInstallation(t1);
    if (!raw) throw new Error("not saved");

    // T1's sealed record copied under T2: the team is authenticated, so it does not open.
    await h.store.saveInstallation({ ...t2, ciphertext: raw.ciphertext });
    await expect(store.fetchInstallation({ ...t2, enterpriseId: undefined })).rejects.toThrow(
      /not installed/,
    );
    // Another key (a rotated SRM_ENCRYPTION_KEY without re-sealing).
    const other = encryptedInstallationStore(h.store, randomBytes(32), logger);
    await expect(other.fetchInstallation({ ...t1, enterpriseId: undefined })).rejects.toThrow(
      /not installed/,
    );
    // A flipped bit anywhere.
    for (const at of [0, 5, 20, raw.ciphertext.length - 1]) {
      const bytes = Uint8Array.from(raw.ciphertext);
      bytes[at] = (bytes[at] ?? 0) ^ 0x80;
      await h.store.saveInstallation({ ...t1, ciphertext: bytes });
      await expect(store.fetchInstallation({ ...t1, enterpriseId: undefined })).rejects.toThrow(
        /not installed/,
      );
    }
    const errors = logged.map((l) => JSON.parse(l)).filter((l) => l.level === 50);
    expect(errors.length).toBe(6);
    expect(errors[0]).toMatchObject({
      teamId: "T2",
      reason: expect.stringMatching(/authentication/),
    });
    expect(logged.join("\n")).not.toMatch(/xoxb-/);
  });
});

describe("sealed records", () => {
  const key = randomBytes(32);

  it("are versioned, carry a fresh 12-byte IV each and a tag, and open only in their context", () => {
    const a = seal(key, "hello", "T:E:T1");
    const b = seal(key, "hello", "T:E:T1");
    expect(a[0]).toBe(1);
    expect(a.length).toBe(1 + 12 + 16 + 5);
    expect(Buffer.from(a.subarray(1, 13)).equals(Buffer.from(b.subarray(1, 13)))).toBe(false);
    expect(open(key, a, "T:E:T1")).toBe("hello");
    expect(() => open(key, a, "T:E:T2")).toThrow(SealError);
    expect(() => open(randomBytes(32), a, "T:E:T1")).toThrow(/authentication/);
    expect(() => open(key, a.subarray(0, 20), "T:E:T1")).toThrow(/too short/);
    const future = Uint8Array.from(a);
    future[0] = 2;
    expect(() => open(key, future, "T:E:T1")).toThrow(/version 2/);
    expect(() => seal(randomBytes(16), "x", "c")).toThrow(/32 bytes/);
  });
});

describe("Bolt's log lines", () => {
  it("are scrubbed of tokens and the client secret", () => {
    const { logged, logger } = capture();
    const log = scrubbed(boltLogger(logger));
    log.debug(`http request body: {"client_id":"1.2","client_secret":"s3cr3t","code":"c"}`);
    log.info("token xoxb-1-2-abc and xoxp-9-8 and xapp-1-A-1-f0");
    const text = logged.join("\n");
    expect(text).not.toMatch(/s3cr3t|xoxb-1|xoxp-9|xapp-1/);
    expect(text).toContain("[redacted token]");
  });
});

describe("the OAuth settings", () => {
  const oauth = {
    SLACK_SIGNING_SECRET: "signing",
    SLACK_CLIENT_ID: "1.2",
    SLACK_CLIENT_SECRET: "client-secret",
    SLACK_STATE_SECRET: "a-state-secret-of-enough-length",
    SRM_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
  };

  it("turn Slack on for any workspace, without a bot token", () => {
    const config = parseConfig(oauth);
    expect(config.slack?.botToken).toBeUndefined();
    expect(config.slack?.oauth?.encryptionKey.length).toBe(32);
    const described = describeConfig(config).join("\n");
    expect(described).toContain("GET /slack/install");
    for (const secret of ["client-secret", "a-state-secret", oauth.SRM_ENCRYPTION_KEY])
      expect(described).not.toContain(secret);
  });

  it("take the key as base64, URL-safe base64 or hex, and refuse any other length", () => {
    const key = randomBytes(32);
    for (const text of [
      key.toString("base64"),
      key.toString("base64url"),
      key.toString("hex"),
      key.toString("hex").toUpperCase(),
    ]) {
      expect(
        parseConfig({ ...oauth, SRM_ENCRYPTION_KEY: text }).slack?.oauth?.encryptionKey,
      ).toEqual(key);
    }
    for (const bad of [
      randomBytes(16).toString("base64"),
      "not a key!",
      randomBytes(31).toString("hex"),
    ]) {
      expect(() => parseConfig({ ...oauth, SRM_ENCRYPTION_KEY: bad })).toThrow(ConfigError);
      expect(() => parseConfig({ ...oauth, SRM_ENCRYPTION_KEY: bad })).toThrow(
        /SRM_ENCRYPTION_KEY/,
      );
    }
    // Checked even in single-workspace mode, where it is not used yet.
    expect(() =>
      parseConfig({
        SLACK_SIGNING_SECRET: "s",
        SLACK_BOT_TOKEN: "xoxb-1",
        SRM_ENCRYPTION_KEY: "short",
      }),
    ).toThrow(/32 bytes/);
  });

  it("name what is missing, and refuse a bot token or Socket Mode beside them", () => {
    const { SRM_ENCRYPTION_KEY: _, ...noKey } = oauth;
    expect(() => parseConfig(noKey)).toThrow(/SRM_ENCRYPTION_KEY/);
    expect(() => parseConfig({ SLACK_CLIENT_ID: "1.2" })).toThrow(
      /SLACK_CLIENT_SECRET, SLACK_STATE_SECRET, SLACK_SIGNING_SECRET, SRM_ENCRYPTION_KEY/,
    );
    expect(() => parseConfig({ ...oauth, SLACK_BOT_TOKEN: "xoxb-1" })).toThrow(/not both/);
    expect(() => parseConfig({ ...oauth, SLACK_APP_TOKEN: "xapp-1" })).toThrow(/SLACK_APP_TOKEN/);
    expect(() => parseConfig({ ...oauth, SLACK_STATE_SECRET: "short" })).toThrow(/16 characters/);
    // Without a bot token the message offers both ways.
    expect(() => parseConfig({ SLACK_SIGNING_SECRET: "s" })).toThrow(/SLACK_CLIENT_ID/);
  });
});

describe("the Slack app manifest, for distribution", () => {
  const manifest = parse(
    readFileSync(new URL("../../../manifests/slack/manifest.yaml", import.meta.url), "utf8"),
  );

  it("redirects to /slack/oauth_redirect, asks the scopes the installer asks, hears uninstalls", () => {
    expect(manifest.oauth_config.redirect_urls).toEqual([
      expect.stringMatching(/^https:\/\/.+\/slack\/oauth_redirect$/),
    ]);
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual([...BOT_SCOPES].sort());
    expect(manifest.oauth_config.scopes.bot).toContain("users:read");
    expect(manifest.oauth_config.scopes.user ?? []).toEqual([]);
    expect(manifest.settings.event_subscriptions.bot_events).toEqual(
      expect.arrayContaining(["app_uninstalled", "tokens_revoked"]),
    );
  });
});
