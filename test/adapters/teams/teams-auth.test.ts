// Authentication at the door: with an app registration every request needs a Bot Framework
// token; without one the endpoint is open only outside production, and off in production.
import { describe, expect, it } from "vitest";
import { activity, post, startTeamsHarness } from "../../helpers/teams.js";

describe("Teams authentication", () => {
  it("rejects an unauthenticated request with 401 when an app id is configured (SingleTenant)", async () => {
    const h = await startTeamsHarness({
      MicrosoftAppId: "00000000-0000-0000-0000-000000000001",
      MicrosoftAppPassword: "not-a-real-secret",
      MicrosoftAppTenantId: "72f988bf-86f1-41af-91ab-2d7cd011db47",
    });
    try {
      const res = await post(h.url, {
        ...activity("personal-message.json"),
        deliveryMode: "expectReplies",
      });
      expect(res.status).toBe(401);
    } finally {
      await h.close();
    }
  });

  it("rejects an unauthenticated request with 401 for a UserAssignedMSI app", async () => {
    const h = await startTeamsHarness({
      MicrosoftAppId: "00000000-0000-0000-0000-000000000002",
      MicrosoftAppType: "UserAssignedMSI",
      MicrosoftAppTenantId: "72f988bf-86f1-41af-91ab-2d7cd011db47",
    });
    try {
      expect((await post(h.url, activity("personal-message.json"))).status).toBe(401);
    } finally {
      await h.close();
    }
  });

  it("is off (404) in production without an app id", async () => {
    const h = await startTeamsHarness({ NODE_ENV: "production" });
    try {
      expect((await post(h.url, activity("personal-message.json"))).status).toBe(404);
    } finally {
      await h.close();
    }
  });
});
