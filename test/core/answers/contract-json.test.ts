import { describe, expect, it } from "vitest";
import { toContractJson } from "../../../src/core/answers/contract-json.js";
import { INTENTS, OWNERS } from "../../../src/core/contract.js";
import { shippedSrm } from "../../helpers/knowledge.js";

const ask = (q: string) => toContractJson(shippedSrm().ask(q).answer);

describe("the srm-contract JSON", () => {
  const cases: [string, Record<string, unknown>][] = [
    [
      "who-owns patching on rds",
      { intent: "who-owns", service: "aws-rds", area: "patching", owner: "shared" },
    ],
    [
      "checklist for cognito",
      { intent: "checklist", service: "aws-cognito", area: null, owner: null },
    ],
    [
      "explain app service",
      { intent: "explain", service: "azure-app-service", area: null, owner: null },
    ],
    ["serverless means no security work", { intent: "myth", area: null, owner: "shared" }],
    [
      "compare spanner and cloud sql",
      { intent: "compare", service: "gcp-spanner", area: null, owner: null },
    ],
    ["tip of the day", { intent: "tip", service: null, area: null, owner: null }],
    ["what can you do", { intent: "help", service: null, area: null, owner: null }],
    ["translate this into german", { intent: "unknown", service: null, area: null, owner: null }],
  ];
  for (const [q, expected] of cases) {
    it(`gives ${expected.intent} for "${q}"`, () => expect(ask(q)).toMatchObject(expected));
  }

  it("always carries the four contract fields with contract values", () => {
    for (const [q] of cases) {
      const json = ask(q);
      expect(INTENTS).toContain(json.intent);
      expect(json).toHaveProperty("service");
      expect(json).toHaveProperty("area");
      expect(json.owner === null || (OWNERS as readonly string[]).includes(json.owner)).toBe(true);
    }
  });

  it("cites the provider's part, the customer's part and a source on an ownership answer", () => {
    const json = ask("who owns patching on rds");
    expect(json.provider_part).toEqual(expect.any(String));
    expect(json.customer_part).toEqual(expect.any(String));
    expect(json.source).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
  });

  it("offers suggestions instead of an owner when unsure", () => {
    const json = ask("who patches functions");
    expect(json).toMatchObject({ intent: "unknown", owner: null });
    expect(json.suggestions).toHaveLength(3);
  });
});
