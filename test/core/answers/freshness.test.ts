// A card says how fresh its fact is, which case it describes, and first of all that a service
// has been retired: in the contract JSON and on every platform.
import { describe, expect, it } from "vitest";
import { toContractJson } from "../../../src/core/answers/contract-json.js";
import {
  describeFreshness,
  factsToCheck,
  knowledgeFreshness,
} from "../../../src/core/knowledge/freshness.js";
import { loadKnowledge } from "../../../src/core/knowledge/load.js";
import { Srm } from "../../../src/core/srm.js";
import { toAdaptiveCard } from "../../../src/render/adaptive-card.js";
import { toBlockKit } from "../../../src/render/block-kit.js";
import { renderText } from "../../../src/render/text.js";
import { documentsWith, fixture, shippedKnowledge } from "../../helpers/knowledge.js";

const kb = loadKnowledge(
  documentsWith([fixture("retired-and-checked.yaml", "services/zz-test.yaml")]),
);
const srm = new Srm(kb, Date.now);
const ask = (q: string) => srm.ask(q).answer;

describe("a fact's checked month", () => {
  it("is the month of the fact that answers, or null when it has none", () => {
    expect(toContractJson(ask("who-owns patching on test-retired")).checked).toBe("2026-12");
    expect(toContractJson(ask("who-owns backup-recovery on test-retired")).checked).toBe("2026-11");
    expect(toContractJson(ask("who-owns network-controls on test-retired")).checked).toBeNull();
  });

  it("is shown on the card, or the card says the fact has not been re-checked", () => {
    const text = (q: string) => renderText(ask(q), { color: false });
    expect(text("who-owns patching on test-retired")).toContain(
      "Checked against the source: 2026-12",
    );
    expect(text("who-owns network-controls on test-retired")).toContain(
      "Not yet re-checked against the source",
    );
  });

  it("is counted by kb:check with the oldest and newest month", () => {
    const f = knowledgeFreshness(kb);
    expect(f.checked).toBeGreaterThanOrEqual(3);
    expect(f.oldest).toBeDefined();
    expect((f.oldest ?? "9999") <= "2026-11").toBe(true);
    expect(describeFreshness(f)).toMatch(
      /^\d+ of \d+ facts checked against their sources \(oldest \d{4}-\d\d, newest \d{4}-\d\d\); \d+ not yet$/,
    );
    const shipped = knowledgeFreshness(shippedKnowledge());
    expect(shipped.facts).toBeGreaterThan(1000);
  });
});

describe("the facts to check next", () => {
  it("lists the never-checked first, by service and area, then the oldest months", () => {
    const next = factsToCheck(kb);
    const names = next.map((f) => f.where);
    expect(names).toContain("test-retired network-controls");
    expect(next.find((f) => f.where === "test-retired patching")?.checked).toBe("2026-12");
    expect(names.indexOf("test-retired network-controls")).toBeLessThan(
      names.indexOf("test-retired patching"),
    );
    const firstDated = next.findIndex((f) => f.checked !== undefined);
    expect(next.slice(0, firstDated).every((f) => f.checked === undefined)).toBe(true);
    const months = next.slice(firstDated).map((f) => f.checked ?? "");
    expect(months).toEqual([...months].sort());
    expect(next.find((f) => f.where === "test-retired backup-recovery")?.checked).toBe("2026-11");
  });
});

describe("the case a fact describes", () => {
  it("is in the JSON and on the card", () => {
    const a = ask("who-owns backup-recovery on test-retired");
    expect(toContractJson(a).when).toBe("stacks created in the console");
    expect(renderText(a, { color: false })).toContain(
      "This describes stacks created in the console.",
    );
  });
});

describe("a retired service", () => {
  const q = "who-owns patching on test-retired";

  it("stays answerable, with its retirement in the JSON", () => {
    const json = toContractJson(ask(q));
    expect(json.owner).toBe("customer");
    expect(json.retired).toEqual({ on: "2024-05-26", note: expect.stringContaining("plain EC2") });
  });

  it("is said first on every platform", () => {
    expect(renderText(ask(q), { color: false }).split("\n")[0]).toBe(
      "Retired: Test Retired Stacks ended on 2024-05-26. Its instances keep running as plain EC2 instances.",
    );
    const blocks = toBlockKit(ask(q), {}).blocks;
    expect(JSON.stringify(blocks[0])).toContain("Retired: Test Retired Stacks ended on 2024-05-26");
    const card = toAdaptiveCard(ask(q)) as { body: { text?: string }[] };
    expect(card.body[0]?.text).toContain("Retired: Test Retired Stacks ended on 2024-05-26");
  });

  it("is said first on its checklist, its explanation and a comparison too", () => {
    for (const q of [
      "checklist test-retired",
      "explain test-retired",
      "compare test-retired aws-ec2",
    ]) {
      expect(renderText(ask(q), { color: false }).split("\n")[0], q).toMatch(/^Retired: /);
      expect(JSON.stringify(toBlockKit(ask(q), {}).blocks[0]), q).toContain("Retired: ");
      const card = toAdaptiveCard(ask(q)) as { body: { text?: string }[] };
      expect(card.body[0]?.text, q).toContain("Retired: ");
    }
  });

  it("says nothing of retirement for a running service", () => {
    expect(
      toContractJson(ask("who-owns patching on test-retired".replace("test-retired", "aws-rds")))
        .retired,
    ).toBeNull();
  });
});
