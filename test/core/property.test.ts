// Whatever arrives from a chat platform, the core answers: it never throws and never names an
// owner without both a service and an area. (Its speed on such input is measured by
// `npm run bench`, not asserted here.)
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toContractJson } from "../../src/core/answers/contract-json.js";
import { shippedSrm } from "../helpers/knowledge.js";

const srm = shippedSrm();
const vocabulary = [
  "rds",
  "patching",
  "who",
  "owns",
  "lambda",
  "encryption",
  "<@U1>",
  "<at>srm</at>",
  "aws",
  "vs",
  "so",
  "right?",
  "s3",
  "checklist",
  "`x`",
  "🙂",
  "and",
];

const messages = fc.oneof(
  fc.string({ maxLength: 4000, unit: "grapheme" }),
  fc.string({ maxLength: 4000, unit: "binary" }),
  fc.array(fc.constantFrom(...vocabulary), { maxLength: 40 }).map((words) => words.join(" ")),
);

describe("any message", () => {
  it("is answered without throwing, and never with an owner missing its service or area", () => {
    fc.assert(
      fc.property(messages, fc.option(fc.constantFrom("c1", "c2")), (message, key) => {
        const json = toContractJson(srm.ask(message, key ?? undefined).answer);
        if (json.owner !== null && json.intent === "who-owns") {
          expect(json.service).not.toBeNull();
          expect(json.area).not.toBeNull();
        }
        if (json.intent !== "who-owns" && json.intent !== "myth") expect(json.owner).toBeNull();
      }),
      { numRuns: 400 },
    );
  });
});
