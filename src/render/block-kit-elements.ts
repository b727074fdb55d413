// Block Kit's building blocks, each clipped to Slack's limits. Shared by the card renderers.
import type { ActionsBlock, Button, ContextBlock, KnownBlock, SectionBlock } from "@slack/types";
import { clip, LIMITS } from "./slack-text.js";

export function button(text: string, actionId: string, value: string): Button {
  return {
    type: "button",
    text: { type: "plain_text", text: clip(text, LIMITS.buttonText), emoji: true },
    action_id: actionId,
    value,
  };
}

export function header(text: string): KnownBlock {
  return {
    type: "header",
    text: { type: "plain_text", text: clip(text, LIMITS.headerText), emoji: true },
  };
}

export function section(text: string): SectionBlock {
  return { type: "section", text: { type: "mrkdwn", text: clip(text, LIMITS.sectionText) } };
}

export function fields(texts: string[]): SectionBlock {
  return {
    type: "section",
    fields: texts
      .slice(0, LIMITS.fields)
      .map((t) => ({ type: "mrkdwn" as const, text: clip(t, LIMITS.fieldText) })),
  };
}

export function context(texts: string[]): ContextBlock {
  return {
    type: "context",
    elements: texts
      .slice(0, LIMITS.contextElements)
      .map((t) => ({ type: "mrkdwn" as const, text: clip(t, LIMITS.sectionText) })),
  };
}

export function actions(elements: Button[]): ActionsBlock {
  // Action ids must be unique within a message: number them.
  const unique = elements
    .slice(0, LIMITS.actionsElements)
    .map((e, i) => ({ ...e, action_id: `${e.action_id}_${i}` }));
  return { type: "actions", elements: unique };
}

export function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export function hash(text: string): string {
  let h = 0;
  for (const ch of text) h = (h * 31 + ch.charCodeAt(0)) | 0;
  return (h >>> 0).toString(36);
}
