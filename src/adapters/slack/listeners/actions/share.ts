// "Share in channel": an ephemeral answer posted for everyone, and the private copy removed.
import type { App, BlockAction, ButtonAction } from "@slack/bolt";
import { ACTIONS } from "../../../../render/block-kit.js";
import { answerFor } from "../../answer.js";
import type { SlackDeps } from "../../context.js";
import { placeOf } from "./card.js";

export function registerShare(app: App, deps: SlackDeps): void {
  app.action<BlockAction<ButtonAction>>(
    new RegExp(`^${ACTIONS.share}_`),
    async ({ ack, body, action, respond, client }) => {
      await ack();
      const place = placeOf(body);
      const reply = answerFor(
        deps,
        action.value ?? "help",
        `slack:${place.team}:${place.channel}:shared`,
      );
      await client.chat.postMessage({
        channel: place.channel,
        text: `<@${body.user.id}> shared: ${reply.text}`,
        blocks: [
          { type: "context", elements: [{ type: "mrkdwn", text: `Shared by <@${body.user.id}>` }] },
          ...reply.blocks,
        ].slice(0, 50),
      });
      await respond({ delete_original: true });
    },
  );
}
