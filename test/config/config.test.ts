import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "../../src/config.js";
import { describeConfig } from "../../src/config-description.js";

describe("configuration from the environment", () => {
  it("runs with no settings: defaults, and every platform off", () => {
    const config = parseConfig({});
    expect(config).toMatchObject({ port: 3000, logLevel: "info", production: false });
    expect(config.slack).toBeUndefined();
    expect(describeConfig(config).join("\n")).toContain(
      "Slack: off (set SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN",
    );
  });

  it("turns Slack on over HTTP, or Socket Mode with an app token", () => {
    const http = parseConfig({
      SLACK_SIGNING_SECRET: "s3cr3t-value",
      SLACK_BOT_TOKEN: "xoxb-1-2-abc",
    });
    expect(http.slack).toMatchObject({ signingSecret: "s3cr3t-value", botToken: "xoxb-1-2-abc" });
    expect(describeConfig(http).join("\n")).toContain("Slack: on, HTTP at POST /slack/events");
    const socket = parseConfig({
      SLACK_SIGNING_SECRET: "s",
      SLACK_BOT_TOKEN: "xoxb-1",
      SLACK_APP_TOKEN: "xapp-1-abc",
    });
    expect(describeConfig(socket).join("\n")).toContain("Socket Mode");
  });

  it("stops the start when Slack is half configured, naming what is missing", () => {
    expect(() => parseConfig({ SLACK_BOT_TOKEN: "xoxb-1" })).toThrow(ConfigError);
    expect(() => parseConfig({ SLACK_BOT_TOKEN: "xoxb-1" })).toThrow(/SLACK_SIGNING_SECRET/);
    expect(() => parseConfig({ SLACK_SIGNING_SECRET: "s" })).toThrow(/SLACK_BOT_TOKEN/);
    expect(() =>
      parseConfig({ SLACK_SIGNING_SECRET: "s", SLACK_BOT_TOKEN: "xoxp-user-token" }),
    ).toThrow(/xoxb-/);
  });

  it("rejects a bad port with a clear message", () => {
    expect(() => parseConfig({ PORT: "http" })).toThrow(/PORT/);
  });

  it("never puts a secret in what it logs", () => {
    const config = parseConfig({
      SLACK_SIGNING_SECRET: "topsecret-signing",
      SLACK_BOT_TOKEN: "xoxb-topsecret",
      SLACK_APP_TOKEN: "xapp-topsecret",
    });
    const logged = describeConfig(config).join("\n");
    expect(logged).not.toMatch(/topsecret/);
  });
});
