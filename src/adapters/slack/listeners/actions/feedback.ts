// 👍 / 👎 on any answer: recorded with the question, acknowledged to the user alone.
import type { App, BlockAction, ButtonAction } from "@slack/bolt";
import { stripMarkup } from "../../../../core/match/clean-text.js";
import { ACTIONS } from "../../../../render/block-kit.js";
import type { SlackDeps } from "../../context.js";
import { tellUser } from "./card.js";

export function registerFeedback(app: App, deps: SlackDeps): void {
  app.action<BlockAction<ButtonAction>>(
    new RegExp(`^${ACTIONS.feedback}_`),
    async ({ ack, body, action, respond }) => {
      await ack();
      const value = parse(action.value);
      await deps.store.recordFeedback({
        platform: "slack",
        verdict: value.v === "down" ? "down" : "up",
        answerKind: String(value.k ?? ""),
        // The value came back from a client: cleaned and bounded like any user text.
        question: stripMarkup(String(value.q ?? "")).slice(0, 500),
        user: body.user.id,
        at: new Date(),
      });
      await tellUser(respond, "Thanks for the feedback.");
    },
  );
}

function parse(value: string | undefined): Record<string, unknown> {
  try {
    return JSON.parse(value ?? "{}") as Record<string, unknown>;
  } catch {
    return {}; // a tampered value: record what we can
  }
}
