// `/srm stack …` and `/srm matrix …` in a Slack channel: the channel's saved stack, and the
// responsibility matrix as Block Kit with a "Download CSV" button (listeners/actions/matrix-csv.ts).
// A saved stack and a matrix are posted for the channel; anything else goes to the asker only.
import type { RespondArguments } from "@slack/bolt";
import { matrixBlockKit } from "../../../render/matrix/block-kit.js";
import { escapeSlack } from "../../../render/slack-text.js";
import { answerStackCommand } from "../../channel/stack-command.js";
import { stackReplyLines } from "../../channel/stack-text.js";
import type { SlackChannelAsk, SlackDeps } from "../context.js";
import { slackChannelKey } from "../post-tip.js";

const SLACK_STYLE = { escape: escapeSlack, command: (words: string) => `\`/srm ${words}\`` };

export async function slackStackReply(
  deps: SlackDeps,
  ask: SlackChannelAsk,
): Promise<RespondArguments> {
  try {
    const reply = await answerStackCommand(
      ask.text,
      { platform: "slack", channel: slackChannelKey(ask.team, ask.channel) },
      { store: deps.store, kb: deps.srm.kb },
    );
    if (reply.kind === "matrix") {
      return { response_type: "in_channel", ...matrixBlockKit(reply.matrix, reply) };
    }
    const text = stackReplyLines(reply, SLACK_STYLE).join("\n");
    if (reply.kind === "saved" || reply.kind === "cleared") {
      // Everyone in the channel sees who changed its stack; a Slack user id is letters and digits.
      const who = /^[UW][A-Z0-9]+$/.test(ask.user) ? `<@${ask.user}> ` : "";
      return { response_type: "in_channel", text: `${who}${text}` };
    }
    return { response_type: "ephemeral", text };
  } catch (error) {
    deps.logger.warn({ err: String(error) }, "stack command failed");
    return {
      response_type: "ephemeral",
      text: "I could not reach my database for this channel's stack. Please try again in a minute.",
    };
  }
}
