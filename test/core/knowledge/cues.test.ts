// cues.yaml is checked at load like every other knowledge file: a pattern that does not compile,
// a placeholder nobody defines, a cue left out or a pattern listed twice fails the load, naming
// the line; and the cues it holds are the ones the matcher reads.
import { describe, expect, it } from "vitest";
import { CUE_NAMES } from "../../../src/core/knowledge/cue-names.js";
import { cuesOf } from "../../../src/core/match/cues.js";
import {
  documentsWith,
  problemsOf,
  shippedDocuments,
  shippedKnowledge,
} from "../../helpers/knowledge.js";

const shippedCues = (): string => {
  const doc = shippedDocuments().find((d) => d.path === "cues.yaml");
  if (!doc) throw new Error("cues.yaml not shipped");
  return doc.text;
};

/** The shipped cues.yaml with one pattern of the tip cue replaced. */
function withTipPattern(pattern: string) {
  const text = shippedCues().replace("      - 'tips?'\n", `      - '${pattern}'\n`);
  if (text === shippedCues()) throw new Error("the tip cue's first pattern moved");
  return documentsWith([{ path: "cues.yaml", text }]);
}

describe("cues.yaml", () => {
  it("reports a pattern that is not a regular expression, at its line", () => {
    const problems = problemsOf(withTipPattern("tips?(")).filter((p) => p.file === "cues.yaml");
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toBe("cues.tip.patterns[0]");
    expect(problems[0]?.message).toMatch(/^not a pattern: /);
    expect(problems[0]?.line).toBeGreaterThan(1);
  });

  it("reports a placeholder nobody defines", () => {
    const problems = problemsOf(withTipPattern("tip from {vendor}"));
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: "cues.yaml",
        message: "not a pattern: unknown placeholder {vendor}",
      }),
    );
  });

  it("reports a cue left out and a pattern listed twice", () => {
    const withoutTip = shippedCues().replace(/\n {2}tip:\n {4}patterns:\n(?: {6}- .*\n)+/, "\n");
    const twice = shippedCues().replace("      - 'tips?'\n", "      - 'tips?'\n      - 'tips?'\n");
    const missing = problemsOf(documentsWith([{ path: "cues.yaml", text: withoutTip }]));
    const doubled = problemsOf(documentsWith([{ path: "cues.yaml", text: twice }]));
    expect(missing.map((p) => p.path)).toContain("cues.tip");
    expect(doubled).toContainEqual(
      expect.objectContaining({ path: "cues.tip.patterns", message: "a pattern is listed twice" }),
    );
  });

  it("is required", () => {
    expect(problemsOf(documentsWith([], ["cues.yaml"]))).toContainEqual(
      expect.objectContaining({ file: "cues.yaml", message: "is missing" }),
    );
  });

  it("compiles every cue, with {provider} standing for each provider's aliases", () => {
    const kb = shippedKnowledge();
    const cues = cuesOf(kb);
    expect(Object.keys(cues).sort()).toEqual([...CUE_NAMES].sort());
    // "performed by {provider}": every alias of every provider, and the generic words.
    const aliases = [...kb.providers.values()].flatMap((p) => p.aliases);
    for (const name of [...aliases, ...kb.cues.providerWords]) {
      expect(cues.claim.test(`patching is performed by ${name}`), name).toBe(true);
    }
    expect(cues.claim.test("patching is performed by our team")).toBe(false);
  });

  it("anchor a cue where it says: a greeting is the whole message, a tag ends it", () => {
    const cues = cuesOf(shippedKnowledge());
    expect(cues.greeting.test("hello there")).toBe(true);
    expect(cues.greeting.test("hello who patches rds")).toBe(false);
    expect(cues.tag.test("aws patches rds right")).toBe(true);
    expect(cues.tag.test("right so who patches rds")).toBe(false);
  });
});
