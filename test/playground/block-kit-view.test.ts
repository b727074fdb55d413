// The Slack pane's drawing of Block Kit, as pure functions: mrkdwn read as Slack reads it, each
// block type drawn, and user text kept as text whatever it holds.
import type { KnownBlock } from "@slack/types";
import { describe, expect, it } from "vitest";
import { blockKitView } from "../../src/adapters/playground/block-kit-view.js";
import { mrkdwn } from "../../src/adapters/playground/mrkdwn.js";
import { textOf, type ViewNode } from "../../src/adapters/playground/view.js";
import { toBlockKit } from "../../src/render/block-kit.js";
import { escapeSlack } from "../../src/render/slack-text.js";
import { shippedSrm } from "../helpers/knowledge.js";

/** Every tag in a fragment, in document order. */
function tags(nodes: ViewNode | readonly ViewNode[]): string[] {
  const list = Array.isArray(nodes) ? nodes : [nodes];
  return list.flatMap((n: ViewNode) =>
    typeof n === "string" ? [] : [n.tag, ...tags(n.children ?? [])],
  );
}

describe("mrkdwn", () => {
  it("reads bold, italic, strike and code, and leaves their contents as text", () => {
    expect(mrkdwn("*Owner:* _you_ ~old~ `aws s3 ls`")).toEqual([
      { tag: "b", children: ["Owner:"] },
      " ",
      { tag: "i", children: ["you"] },
      " ",
      { tag: "s", children: ["old"] },
      " ",
      { tag: "code", children: ["aws s3 ls"] },
    ]);
    expect(mrkdwn("*bold _and italic_*")).toEqual([
      { tag: "b", children: ["bold ", { tag: "i", children: ["and italic"] }] },
    ]);
  });

  it("keeps emphasis marks inside words and around spaces as text", () => {
    for (const text of ["snake_case_name", "2*3*4", "* not bold *", "a*b* c", "_x_y"]) {
      expect(tags(mrkdwn(text)), text).toEqual([]);
      expect(textOf(mrkdwn(text)), text).toBe(text);
    }
  });

  it("draws links, mentions and line breaks", () => {
    expect(mrkdwn("<https://docs.aws.amazon.com/x?a=1&amp;b=2|Source>\nnext")).toEqual([
      {
        tag: "a",
        attrs: {
          href: "https://docs.aws.amazon.com/x?a=1&b=2",
          target: "_blank",
          rel: "noopener noreferrer",
        },
        children: ["Source"],
      },
      { tag: "br" },
      "next",
    ]);
    expect(textOf(mrkdwn("<@U123> in <#C1|general> <!here> <https://x.example>"))).toBe(
      "@U123 in #general @here https://x.example",
    );
  });

  it("never links a URL that is not http(s) or mailto", () => {
    const nodes = mrkdwn("<javascript:alert(1)|click> <data:text/html,x|data>");
    expect(tags(nodes)).toEqual([]);
    expect(textOf(nodes)).toBe("click data");
  });

  it("turns a leading > into a quote, and an escaped &gt; into text", () => {
    expect(mrkdwn("asked:\n>why")).toEqual(["asked:", { tag: "blockquote", children: ["why"] }]);
    expect(mrkdwn("&gt; not a quote")).toEqual(["> not a quote"]);
  });

  it("shows the emoji shortcodes the renderers use", () => {
    expect(textOf(mrkdwn(":bulb: *Tip* :unknown_code:"))).toBe("💡 Tip :unknown_code:");
  });

  it("keeps escaped user text as text: no tag, no link, no mention", () => {
    const hostile = '<script>alert(1)</script> <img src=x onerror="y"> <!channel> <@U1> &amp;';
    const nodes = mrkdwn(`>${escapeSlack(hostile)}`);
    expect(tags(nodes)).toEqual(["blockquote"]);
    expect(textOf(nodes)).toBe(hostile);
  });
});

describe("blockKitView", () => {
  it("draws a header, section text and fields, context, divider and actions", () => {
    const blocks: KnownBlock[] = [
      { type: "header", text: { type: "plain_text", text: "Patching on :x: RDS", emoji: true } },
      { type: "section", text: { type: "mrkdwn", text: "*Owner:* You" } },
      {
        type: "section",
        fields: [
          { type: "mrkdwn", text: "*AWS does*\nHosts" },
          { type: "plain_text", text: "*You do*" },
        ],
      },
      { type: "context", elements: [{ type: "mrkdwn", text: "<https://a.example|Source>" }] },
      { type: "divider" },
      {
        type: "actions",
        elements: [
          {
            type: "button",
            text: { type: "plain_text", text: "Explain" },
            action_id: "srm_run_0_abc_0",
            value: "explain aws-rds",
            style: "primary",
          },
        ],
      },
    ];
    const view = blockKitView(blocks);
    expect(tags(view)).toEqual([
      "div",
      ...["div", "div", "div", "b", "div", "div", "div", "b", "br", "div"],
      ...["div", "span", "a", "hr", "div", "button"],
    ]);
    expect(textOf(view)).toBe("Patching on ❌ RDSOwner: YouAWS does\nHosts*You do*SourceExplain");
    const button = JSON.stringify(view).match(/\{"tag":"button".*?\}/)?.[0] ?? "";
    expect(button).toContain('"data-action-id":"srm_run_0_abc_0"');
    expect(button).toContain('"data-value":"explain aws-rds"');
    expect(button).toContain('"class":"sk-button sk-primary"');
  });

  it("draws checkboxes with their ticks and the block they belong to", () => {
    const { answer } = shippedSrm().ask("checklist lambda");
    const { blocks } = toBlockKit(answer, { checked: new Set([1]) });
    const view = JSON.stringify(blockKitView(blocks));
    expect(view).toContain('"data-block-id":"srm_list:0:checklist aws-lambda"');
    expect(view).toContain('"data-action-id":"srm_check_0"');
    expect(view.match(/"checked":""/g)).toHaveLength(1);
    expect(view).toContain('{"type":"checkbox","value":"1","checked":""}');
  });

  it("names a block or element it does not draw", () => {
    const blocks = [
      { type: "image", image_url: "https://a.example/x.png", alt_text: "x" },
      {
        type: "actions",
        elements: [{ type: "overflow", action_id: "o", options: [] }],
      },
    ] as unknown as KnownBlock[];
    expect(textOf(blockKitView(blocks))).toBe(
      "(image block: not drawn by the playground)(overflow element: not drawn by the playground)",
    );
  });

  it("draws every kind of answer the Slack adapter sends", () => {
    const srm = shippedSrm();
    for (const question of [
      "who-owns patching on rds",
      "explain fargate",
      "compare ec2 lambda",
      "myth serverless means no security",
      "tip",
      "help",
      "who patches functions",
      "whats the weather",
    ]) {
      const { blocks } = toBlockKit(srm.ask(question).answer, { ephemeral: true, question });
      expect(textOf(blockKitView(blocks)), question).not.toContain("not drawn by the playground");
    }
  });
});
