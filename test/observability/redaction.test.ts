// Secrets never reach a log line, at the top of a logged object or one level down (an
// installation's bot token, a configuration's Slack token, an OAuth exchange's secret).
import { describe, expect, it } from "vitest";
import { createLogger } from "../../src/observability/logger.js";

describe("the logger's redaction", () => {
  it("blanks tokens and secrets at the top level and one level down", () => {
    const lines: string[] = [];
    const logger = createLogger("debug", { write: (line: string) => void lines.push(line) });
    logger.info(
      {
        token: "xoxb-top",
        bot: { token: "xoxb-nested", userId: "U1" },
        slack: { botToken: "xoxb-config", signingSecret: "signing-secret-value" },
        oauth: { clientSecret: "client-secret-value" },
        client_secret: "form-secret-value",
        access_token: "xoxb-exchange",
      },
      "an object full of secrets",
    );
    const all = lines.join("\n");
    for (const secret of [
      "xoxb-top",
      "xoxb-nested",
      "xoxb-config",
      "signing-secret-value",
      "client-secret-value",
      "form-secret-value",
      "xoxb-exchange",
    ]) {
      expect(all).not.toContain(secret);
    }
    // What is not a secret is still there to read.
    expect(all).toContain('"userId":"U1"');
    expect(all).toContain("[redacted]");
  });
});
