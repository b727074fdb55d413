import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../../src/core/knowledge/load.js";
import { resolveOwnership } from "../../../src/core/knowledge/resolve.js";
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

  it("narrows to an aspect when one is named", () => {
    const answer = resolveOwnership(kb, {
      subject: "test-resolve",
      area: "backup-recovery",
      aspect: "retention",
    });
    expect(answer).toMatchObject({
      owner: "customer",
      origin: "aspect",
      source: "https://docs.aws.amazon.com/test/retention",
    });
    expect(answer?.aspect?.id).toBe("retention");
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
