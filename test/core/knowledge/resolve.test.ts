import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../../src/core/knowledge/load.js";
import { dutiesFor, resolveOwnership } from "../../../src/core/knowledge/resolve.js";
import { documentsWith, fixture } from "../../helpers/knowledge.js";

const kb = loadKnowledge(
  documentsWith([fixture("resolution.yaml", "services/zz-resolution.yaml")]),
);

describe("resolving an owner", () => {
  it("falls back to the service model's default when the service states nothing", () => {
    const answer = resolveOwnership(kb, { subject: "test-resolve", area: "physical" });
    expect(answer).toMatchObject({ owner: "provider", origin: "model-default" });
    expect(answer?.provider).toBe(kb.models.get("paas")?.defaults.physical?.provider);
    expect(answer?.source).toBe(kb.models.get("paas")?.sources[0]);
  });

  it("uses the service's override over the model default", () => {
    const answer = resolveOwnership(kb, { subject: "test-resolve", area: "patching" });
    expect(answer).toMatchObject({
      owner: "shared",
      origin: "service",
      provider: "service patching provider",
      source: "https://docs.aws.amazon.com/test/patching",
    });
  });

  it("uses a named variant's override and says it was named, not assumed", () => {
    const answer = resolveOwnership(kb, {
      subject: "test-resolve",
      area: "patching",
      variant: "self-managed",
    });
    expect(answer).toMatchObject({ owner: "customer", origin: "variant", variantAssumed: false });
    expect(answer?.variant?.id).toBe("self-managed");
  });

  it("assumes the default variant when none is named, and falls through where it says nothing", () => {
    const answer = resolveOwnership(kb, { subject: "test-resolve", area: "patching" });
    expect(answer?.variant?.id).toBe("managed");
    expect(answer?.variantAssumed).toBe(true);
    const os = resolveOwnership(kb, { subject: "test-resolve", area: "operating-system" });
    expect(os).toMatchObject({ origin: "variant", provider: "managed os provider" });
  });

  it("narrows to a duty when one is named, with the duty's own owner, texts and source", () => {
    const answer = resolveOwnership(kb, {
      subject: "test-resolve",
      area: "backup-recovery",
      duty: "retention",
    });
    expect(answer).toMatchObject({
      owner: "customer",
      origin: "duty",
      customer: "retention customer",
      source: "https://docs.aws.amazon.com/test/retention",
    });
    expect(answer?.duty?.text).toBe("Choose how long backups are kept.");
  });

  it("lists an area's stated duties and the checklist's customer duties for that area", () => {
    const duties = dutiesFor(kb, { subject: "test-resolve", area: "backup-recovery" });
    expect(duties.map((d) => d.id)).toContain("retention");
    const listed = dutiesFor(kb, { subject: "test-resolve", area: "identity-access" });
    expect(listed).toEqual([
      expect.objectContaining({ owner: "customer", text: "Grant least privilege." }),
    ]);
  });

  it("answers a model itself from its defaults", () => {
    expect(resolveOwnership(kb, { subject: "iaas", area: "operating-system" })).toMatchObject({
      owner: "customer",
      origin: "model-default",
    });
    expect(resolveOwnership(kb, { subject: "saas", area: "data" })?.owner).toBe("customer");
  });

  it("returns nothing for an unknown service or area rather than guessing", () => {
    expect(resolveOwnership(kb, { subject: "aws-nothing", area: "patching" })).toBeUndefined();
    expect(resolveOwnership(kb, { subject: "test-resolve", area: "weather" })).toBeUndefined();
  });
});
