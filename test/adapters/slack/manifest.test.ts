import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

const manifest = parse(
  readFileSync(new URL("../../../manifests/slack/manifest.yaml", import.meta.url), "utf8"),
);

describe("the Slack app manifest", () => {
  it("declares /srm, the events and interactivity on /slack/events", () => {
    expect(manifest.features.slash_commands[0]).toMatchObject({
      command: "/srm",
      url: expect.stringMatching(/\/slack\/events$/),
    });
    expect(manifest.features.slash_commands[0].usage_hint).toContain("who-owns");
    expect(manifest.settings.event_subscriptions.bot_events).toEqual([
      "app_mention",
      "message.im",
      "message.channels",
      "app_uninstalled",
      "tokens_revoked",
    ]);
    expect(manifest.settings.interactivity).toMatchObject({
      is_enabled: true,
      request_url: expect.stringMatching(/\/slack\/events$/),
    });
    expect(manifest.settings.socket_mode_enabled).toBe(false);
  });

  it("asks for the least scopes the features need", () => {
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual([
      "app_mentions:read",
      "channels:history",
      "chat:write",
      "commands",
      "files:write",
      "im:history",
      "users:read",
    ]);
  });
});
