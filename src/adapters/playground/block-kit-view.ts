// Block Kit as Slack shows it, for the playground's Slack pane: the blocks the Slack adapter
// sends, read into view nodes (no HTML strings). Header, section (text, fields, a button
// accessory), context, divider and actions (buttons, checkboxes) are drawn; any other block or
// element is named, so a card that uses one shows where the playground falls short.
import type {
  ActionsBlock,
  ActionsBlockElement,
  Button,
  Checkboxes,
  ContextBlock,
  KnownBlock,
  SectionBlock,
  TextObject,
} from "@slack/types";
import { mrkdwn, plainText } from "./mrkdwn.js";
import { el, type ViewElement, type ViewNode } from "./view.js";

export function blockKitView(blocks: readonly KnownBlock[]): ViewElement {
  return el("div", { class: "sk-message" }, blocks.map(blockView));
}

function blockView(block: KnownBlock): ViewElement {
  switch (block.type) {
    case "header":
      return el("div", { class: "sk-header" }, [plainText(block.text.text, block.text.emoji)]);
    case "section":
      return sectionView(block);
    case "context":
      return contextView(block);
    case "divider":
      return el("hr", { class: "sk-divider" });
    case "actions":
      return actionsView(block);
    default:
      return unsupported(`${block.type} block`);
  }
}

export function textView(text: TextObject): ViewNode[] {
  return text.type === "mrkdwn" ? mrkdwn(text.text) : [plainText(text.text, text.emoji)];
}

function sectionView(block: SectionBlock): ViewElement {
  const accessory = block.accessory;
  return el("div", { class: "sk-section" }, [
    ...(block.text ? [el("div", { class: "sk-text" }, textView(block.text))] : []),
    ...(block.fields && block.fields.length > 0
      ? [
          el(
            "div",
            { class: "sk-fields" },
            block.fields.map((f) => el("div", { class: "sk-field" }, textView(f))),
          ),
        ]
      : []),
    ...(accessory
      ? [
          accessory.type === "button"
            ? buttonView(accessory, block.block_id ?? "")
            : unsupported(`${accessory.type} accessory`),
        ]
      : []),
  ]);
}

function contextView(block: ContextBlock): ViewElement {
  return el(
    "div",
    { class: "sk-context" },
    block.elements.map((e) =>
      e.type === "image"
        ? el("span", { class: "sk-context-item" }, [`[${e.alt_text}]`])
        : el("span", { class: "sk-context-item" }, textView(e)),
    ),
  );
}

function actionsView(block: ActionsBlock): ViewElement {
  const blockId = block.block_id ?? "";
  return el(
    "div",
    { class: "sk-actions" },
    block.elements.map((e) => actionElementView(e, blockId)),
  );
}

function actionElementView(e: ActionsBlockElement, blockId: string): ViewElement {
  if (e.type === "button") return buttonView(e, blockId);
  if (e.type === "checkboxes") return checkboxesView(e, blockId);
  return unsupported(`${e.type} element`);
}

/** A button carries what its click sends: the action id, the value and the block. */
function buttonView(b: Button, blockId: string): ViewElement {
  const style = b.style ? ` sk-${b.style}` : "";
  return el(
    "button",
    {
      type: "button",
      class: `sk-button${style}`,
      "data-action-id": b.action_id ?? "",
      "data-value": b.value ?? "",
      "data-block-id": blockId,
    },
    [plainText(b.text.text, b.text.emoji)],
  );
}

function checkboxesView(c: Checkboxes, blockId: string): ViewElement {
  const initial = new Set((c.initial_options ?? []).map((o) => o.value));
  return el(
    "div",
    { class: "sk-checkboxes", "data-action-id": c.action_id ?? "", "data-block-id": blockId },
    c.options.map((option) => {
      const value = option.value ?? "";
      const box = el("input", {
        type: "checkbox",
        value,
        ...(initial.has(value) ? { checked: "" } : {}),
      });
      return el("label", { class: "sk-option" }, [
        box,
        el("span", { class: "sk-option-text" }, textView(option.text)),
        ...(option.description
          ? [el("span", { class: "sk-option-description" }, textView(option.description))]
          : []),
      ]);
    }),
  );
}

function unsupported(what: string): ViewElement {
  return el("div", { class: "sk-unsupported" }, [`(${what}: not drawn by the playground)`]);
}
