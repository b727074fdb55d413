// 👍 / 👎 on any answer: recorded with the question, acknowledged to the user alone.
import type { App, BlockAction, ButtonAction } from "@slack/bolt";
import { ACTIONS } from "../../../../render/block-kit.js";
import type { SlackDeps } from "../../context.js";
import { feedbackOfValue } from "../../feedback-value.js";
import { tellUser } from "./card.js";

export function registerFeedback(app: App, deps: SlackDeps): void {
  app.action<BlockAction<ButtonAction>>(
    new RegExp(`^${ACTIONS.feedback}_`),
    async ({ ack, body, action, respond }) => {
      await ack();
      await deps.store.recordFeedback(feedbackOfValue(action.value, body.user.id, new Date()));
      await tellUser(respond, "Thanks for the feedback.");
    },
  );
}
