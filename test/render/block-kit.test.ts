// Block Kit cards as pure functions: every kind of answer, for every service, within Slack's limits.
import { describe, expect, it } from "vitest";
import { toBlockKit } from "../../src/render/block-kit.js";
import { escapeSlack } from "../../src/render/slack-text.js";
import { everyKindOfAnswer, shippedSrm } from "../helpers/knowledge.js";

const srm = shippedSrm();
const questions = everyKindOfAnswer();

function walk(
  value: unknown,
  visit: (key: string, v: unknown, parent: Record<string, unknown>) => void,
): void {
  if (Array.isArray(value)) for (const v of value) walk(v, visit);
  else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      visit(k, v, value as Record<string, unknown>);
      walk(v, visit);
    }
  }
}

describe("Block Kit cards", () => {
  it(`respect Block Kit's limits for ${questions.length} answers`, () => {
    for (const q of questions) {
      const { blocks, text } = toBlockKit(srm.ask(q).answer, {
        ephemeral: true,
        question: q,
        escalation: true,
      });
      expect(blocks.length, q).toBeLessThanOrEqual(50);
      expect(text.length).toBeGreaterThan(0);
      for (const block of blocks) {
        if (block.type === "header") expect(block.text.text.length, q).toBeLessThanOrEqual(150);
        if (block.type === "section") {
          if (block.text) expect(block.text.text.length, q).toBeLessThanOrEqual(3000);
          expect((block.fields ?? []).length).toBeLessThanOrEqual(10);
          for (const f of block.fields ?? []) expect(f.text.length).toBeLessThanOrEqual(2000);
        }
        if (block.type === "actions") {
          expect(block.elements.length).toBeLessThanOrEqual(25);
          const ids = block.elements.map((e) => ("action_id" in e ? e.action_id : ""));
          expect(new Set(ids).size).toBe(ids.length);
        }
        if (block.type === "context") expect(block.elements.length).toBeLessThanOrEqual(10);
      }
      walk(blocks, (key, v, parent) => {
        if (key === "type" && v === "button") {
          const button = parent as { text: { text: string }; value?: string };
          expect(button.text.text.length, q).toBeLessThanOrEqual(75);
          expect((button.value ?? "").length).toBeLessThanOrEqual(2000);
        }
        if (key === "options" && Array.isArray(v)) {
          expect(v.length, q).toBeLessThanOrEqual(10);
          for (const o of v as { text: { text: string } }[])
            expect(o.text.text.length).toBeLessThanOrEqual(75);
        }
      });
    }
  });

  it("shows the owner at a glance, both parts, the source and the follow-up buttons", () => {
    const { blocks } = toBlockKit(srm.ask("who owns patching on rds").answer, {
      ephemeral: true,
      question: "q",
    });
    const json = JSON.stringify(blocks);
    expect(blocks[0]).toMatchObject({ type: "header", text: { text: "Patching on Amazon RDS" } });
    expect(json).toContain("🤝 Shared: AWS and you");
    expect(json).toContain("*AWS does*");
    expect(json).toContain("*You do*");
    expect(json).toMatch(/<https:\/\/docs\.aws\.amazon\.com\/[^|]+\|Source>/);
    expect(json).toContain("Platform as a service (PaaS) · Container service");
    for (const label of [
      "Checklist for Amazon RDS",
      "Explain Amazon RDS",
      "Share in channel",
      "👍",
      "👎",
    ])
      expect(json).toContain(label);
  });

  it("renders a checklist as tickable checkboxes, ten at most per block, keeping ticks", () => {
    const { blocks } = toBlockKit(srm.ask("checklist ec2").answer, { checked: new Set([0, 2]) });
    const boxes = blocks
      .flatMap((b) => (b.type === "actions" ? b.elements : []))
      .filter((e) => e.type === "checkboxes");
    expect(boxes.length).toBeGreaterThan(0);
    const first = boxes[0] as { options: unknown[]; initial_options?: { value: string }[] };
    expect(first.initial_options?.map((o) => o.value)).toEqual(["0", "2"]);
  });

  it("offers the choices of a clarifying question as buttons", () => {
    const { blocks } = toBlockKit(srm.ask("who patches functions").answer);
    const values = blocks
      .flatMap((b) => (b.type === "actions" ? b.elements : []))
      .map((e) => ("value" in e ? e.value : ""));
    expect(values).toEqual(
      expect.arrayContaining([
        "who-owns patching on aws-lambda",
        "who-owns patching on azure-functions",
      ]),
    );
  });

  it("offers Ask the security team on an unknown answer only when escalation is set", () => {
    const answer = srm.ask("whats the weather").answer;
    expect(
      JSON.stringify(toBlockKit(answer, { question: "q", escalation: true }).blocks),
    ).toContain("Ask the security team");
    expect(
      JSON.stringify(toBlockKit(answer, { question: "q", escalation: false }).blocks),
    ).not.toContain("Ask the security team");
  });

  it("escapes the three characters Slack parses", () => {
    expect(escapeSlack("<!channel> & <@U1>")).toBe("&lt;!channel&gt; &amp; &lt;@U1&gt;");
  });
});
