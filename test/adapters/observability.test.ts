// What an operator sees, over real HTTP: Prometheus metrics at /metrics, JSON log lines with a
// request id, refusals a stranger can repeat logged at most once a minute with no stack trace,
// and no secret, signature or token in any line.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { activity, post, startTeamsHarness, type TeamsHarness } from "../helpers/teams.js";

let h: TeamsHarness;
beforeAll(async () => {
  h = await startTeamsHarness({ LOG_LEVEL: "debug" });
});
afterAll(async () => h.close());

const message = (text: string) => ({
  ...activity("personal-message.json", { text }),
  deliveryMode: "expectReplies",
});

describe("GET /metrics", () => {
  it("counts requests by platform and status, answers by intent, and the process", async () => {
    await post(h.url, message("who owns patching on rds"));
    await post(h.url, message("whats the weather in seattle"));
    await post(h.url, "not json");
    const res = await fetch(`${h.url}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/plain/);
    const text = await res.text();
    expect(text).toMatch(/srm_requests_total\{platform="teams",status="200"\} [2-9]/);
    expect(text).toMatch(/srm_requests_total\{platform="teams",status="400"\} 1/);
    expect(text).toMatch(/srm_answers_total\{platform="teams",intent="who-owns"\} 1/);
    expect(text).toMatch(/srm_answers_total\{platform="teams",intent="unknown"\} 1/);
    expect(text).toMatch(/srm_request_duration_seconds_bucket\{le="0.5",platform="teams"\}/);
    expect(text).toContain("srm_slow_acknowledgments_total");
    expect(text).toContain("process_cpu_user_seconds_total");
    const head = await fetch(`${h.url}/metrics`, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
  });
});

describe("logs", () => {
  it("are JSON lines, each request with its id, echoed in the response", async () => {
    const res = await post(h.url, message("help"), { "x-request-id": "req-42" });
    expect(res.headers.get("x-request-id")).toBe("req-42");
    const generated = await post(h.url, message("help"), { "x-request-id": "bad id!" });
    expect(generated.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    const lines = h.logged.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.some((l) => l.reqId === "req-42" && l.status === 200)).toBe(true);
  });

  it("log a refusal a stranger can repeat once a minute, without a stack trace or the token", async () => {
    const secured = await startTeamsHarness({
      LOG_LEVEL: "warn",
      MicrosoftAppId: "00000000-0000-0000-0000-000000000001",
      MicrosoftAppPassword: "not-a-real-secret",
      MicrosoftAppTenantId: "72f988bf-86f1-41af-91ab-2d7cd011db47",
    });
    try {
      for (let i = 0; i < 20; i++) {
        const res = await post(secured.url, message("help"), {
          authorization: "Bearer eyJhbGciOiJub25lIn0.e30.secret-token-value",
        });
        expect(res.status).toBe(401);
      }
      const refusals = secured.logged.filter((l) => l.includes("Teams request refused"));
      expect(refusals).toHaveLength(1);
      const all = secured.logged.join("\n");
      expect(all).not.toContain("secret-token-value");
      expect(all).not.toContain("not-a-real-secret");
      expect(all).not.toMatch(/\n\s+at /); // no stack trace
    } finally {
      await secured.close();
    }
  });
});
