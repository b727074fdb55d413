// "Ask the security team": the unanswered question, escaped and with a link to it, posted to
// the escalation channel.
import type { App, BlockAction, ButtonAction } from "@slack/bolt";
import { ACTIONS } from "../../../../render/block-kit.js";
import { escapeSlack } from "../../../../render/slack-text.js";
import type { SlackDeps } from "../../context.js";
import { placeOf, tellUser } from "./card.js";

export function registerEscalate(app: App, deps: SlackDeps): void {
  app.action<BlockAction<ButtonAction>>(
    new RegExp(`^${ACTIONS.escalate}_`),
    async ({ ack, body, action, respond, client }) => {
      await ack();
      if (!deps.escalationChannel) return;
      const place = placeOf(body);
      const permalink =
        !place.ephemeral && place.thread
          ? (
              await client.chat
                .getPermalink({ channel: place.channel, message_ts: place.thread })
                .catch(() => undefined)
            )?.permalink
          : undefined;
      const question = escapeSlack(action.value ?? "");
      const where = place.channel ? ` in <#${place.channel}>` : "";
      await client.chat.postMessage({
        channel: deps.escalationChannel,
        text: `<@${body.user.id}> asked a question srm could not answer: ${question}`,
        blocks: [
          {
            type: "section",
            text: {
              type: "mrkdwn",
              text: `<@${body.user.id}> asked a question srm could not answer${where}:\n>${question}`,
            },
          },
          ...(permalink
            ? [
                {
                  type: "context" as const,
                  elements: [
                    { type: "mrkdwn" as const, text: `<${permalink}|Go to the question>` },
                  ],
                },
              ]
            : []),
        ],
      });
      await tellUser(respond, "I've passed your question to the security team.");
    },
  );
}
