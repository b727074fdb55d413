// Adaptive Cards as pure functions: every kind of answer, for every service, parsed by the
// Adaptive Cards SDK as version 1.5 with no warning, and within Teams' size limit.
import { describe, expect, it } from "vitest";
import { CARD_MAX_BYTES, escapeCardText, toAdaptiveCard } from "../../src/render/adaptive-card.js";
import { everyKindOfAnswer, shippedSrm } from "../helpers/knowledge.js";
import { cardProblems } from "../helpers/teams.js";

const srm = shippedSrm();
const questions = everyKindOfAnswer();

describe("Adaptive Cards", () => {
  it(`parse cleanly as version 1.5 and fit Teams' size limit, for ${questions.length} answers`, () => {
    for (const q of questions) {
      const card = toAdaptiveCard(srm.ask(q).answer);
      expect(card.version).toBe("1.5");
      expect(cardProblems(card), q).toEqual([]);
      expect(Buffer.byteLength(JSON.stringify(card)), q).toBeLessThan(CARD_MAX_BYTES);
    }
  });

  it("escapes markdown and breaks URLs in text", () => {
    expect(escapeCardText("[x](https://evil.example) **b** _i_")).toBe(
      "\\[x\\](https:/\u200b/evil.example) \\*\\*b\\*\\* \\_i\\_",
    );
    expect(escapeCardText("# not a heading\n- not a list")).toBe(
      "\\# not a heading\n\\- not a list",
    );
  });

  it("links only to the knowledge base's https sources", () => {
    const json = JSON.stringify(toAdaptiveCard(srm.ask("who owns patching on rds").answer));
    const links = [...json.matchAll(/\]\((https?:[^)]+)\)/g)].map((m) => m[1]);
    expect(links).toHaveLength(1);
    expect(links[0]).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
  });
});
