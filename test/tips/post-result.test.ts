// Reading the errors Slack's and Teams' SDKs throw: which mean "stop posting here" and which
// are worth another try.
import { describe, expect, it } from "vitest";
import { classifyPostError } from "../../src/tips/post-result.js";

const slackError = (code: string) =>
  Object.assign(new Error(`An API error occurred: ${code}`), { data: { ok: false, error: code } });

describe("a failed post", () => {
  it("is permanent when Slack says the channel is gone, archived or the bot not in it", () => {
    for (const code of ["channel_not_found", "not_in_channel", "is_archived"]) {
      expect(classifyPostError(slackError(code))).toEqual({ status: "permanent", reason: code });
    }
  });

  it("is permanent when Teams answers 403 or 404", () => {
    expect(classifyPostError({ statusCode: 403 })).toEqual({
      status: "permanent",
      reason: "http_403",
    });
    expect(classifyPostError({ statusCode: 404 })).toEqual({
      status: "permanent",
      reason: "http_404",
    });
  });

  it("is transient when rate limited, carrying Retry-After in milliseconds", () => {
    const limited = { code: "slack_webapi_rate_limited_error", retryAfter: 30 };
    expect(classifyPostError(limited)).toEqual({
      status: "transient",
      reason: "rate_limited",
      retryAfterMs: 30_000,
    });
    expect(classifyPostError({ statusCode: 429 })).toMatchObject({ status: "transient" });
  });

  it("is transient on a server error, a timeout or anything unknown", () => {
    expect(classifyPostError({ statusCode: 502 })).toEqual({
      status: "transient",
      reason: "http_502",
    });
    const timeout = Object.assign(new Error("timed out"), { code: "ETIMEDOUT" });
    expect(classifyPostError(timeout)).toEqual({ status: "transient", reason: "ETIMEDOUT" });
    expect(classifyPostError("boom")).toEqual({ status: "transient", reason: "boom" });
    expect(classifyPostError(slackError("fatal_error"))).toEqual({
      status: "transient",
      reason: "fatal_error",
    });
  });
});
