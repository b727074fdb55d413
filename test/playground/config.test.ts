// When the playground is on, and where the server listens then.
import { describe, expect, it } from "vitest";
import { playgroundUrl } from "../../src/adapters/playground/routes.js";
import { parseConfig } from "../../src/config.js";
import { describeConfig } from "../../src/config-description.js";

const slack = { NODE_ENV: "production", SLACK_SIGNING_SECRET: "s", SLACK_BOT_TOKEN: "xoxb-1" };
const teams = { MicrosoftAppId: "app", MicrosoftAppPassword: "p", MicrosoftAppTenantId: "t" };

describe("the playground setting", () => {
  it("is on, on loopback, without Slack or Teams credentials, in production too", () => {
    expect(parseConfig({})).toMatchObject({ playground: true, host: "127.0.0.1" });
    expect(parseConfig({ NODE_ENV: "production" })).toMatchObject({
      playground: true,
      host: "127.0.0.1",
    });
    expect(describeConfig(parseConfig({})).join("\n")).toContain("Playground: on at GET /");
  });

  it("is off with credentials unless SRM_PLAYGROUND=1", () => {
    expect(parseConfig(slack)).toMatchObject({ playground: false, host: "0.0.0.0" });
    expect(parseConfig(teams)).toMatchObject({ playground: false, host: "0.0.0.0" });
    expect(parseConfig({ ...slack, SRM_PLAYGROUND: "1" }).playground).toBe(true);
    expect(parseConfig({ SRM_PLAYGROUND: "0" }).playground).toBe(false);
    expect(describeConfig(parseConfig(slack)).join("\n")).toContain(
      "Playground: off (SRM_PLAYGROUND=1 turns it on)",
    );
    expect(() => parseConfig({ SRM_PLAYGROUND: "yes" })).toThrow(/SRM_PLAYGROUND/);
  });

  it("keeps an explicit HOST", () => {
    expect(parseConfig({ HOST: "::1" })).toMatchObject({ playground: true, host: "::1" });
  });

  it("prints the address to open", () => {
    const at = (host: string) => playgroundUrl({ address: host, family: "IPv4", port: 3000 }, host);
    expect(at("127.0.0.1")).toBe("http://localhost:3000/");
    expect(at("0.0.0.0")).toBe("http://localhost:3000/");
    expect(at("10.1.2.3")).toBe("http://10.1.2.3:3000/");
    expect(at("fe80::1")).toBe("http://[fe80::1]:3000/");
  });
});
