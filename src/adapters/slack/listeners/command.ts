// `/srm …`: answered to the asker only, with a Share button; `/srm listen on|off` sets listen mode;
// `/srm tips …` the channel's daily tip (listeners/tips.ts); `/srm stack|matrix …` (stack.ts).
// The answer goes back in the acknowledgment itself: the matcher takes well under a millisecond,
// so no second request to the response URL is needed, and the command is answered even while
// Slack's Web API is unreachable.
import type { App } from "@slack/bolt";
import { isStackCommand } from "../../channel/stack-command.js";
import { isTipsCommand } from "../../channel/tips-command.js";
import { answerFor } from "../answer.js";
import type { SlackDeps } from "../context.js";
import { slackStackReply } from "./stack.js";
import { slackTipsReply } from "./tips.js";

export function registerCommand(app: App, deps: SlackDeps): void {
  app.command("/srm", async ({ command, ack, client }) => {
    const text = command.text.trim();
    const ask = {
      text,
      team: command.team_id,
      channel: command.channel_id,
      user: command.user_id,
    };
    if (isTipsCommand(text)) return void (await ack(await slackTipsReply(deps, client, ask)));
    if (isStackCommand(text)) return void (await ack(await slackStackReply(deps, ask)));
    const listen = /^listen\s+(on|off)$/i.exec(text);
    if (listen) {
      const on = listen[1]?.toLowerCase() === "on";
      await deps.store.setListening(command.channel_id, on);
      await ack({
        response_type: "ephemeral",
        text: on
          ? "Listen mode is on: I'll answer ownership questions and myths asked in this channel, in a thread, when I'm confident. Invite me to the channel if I'm not in it yet."
          : "Listen mode is off: I'll answer here only when mentioned.",
      });
      return;
    }
    const conversation = `slack:${command.team_id}:${command.channel_id}:${command.user_id}`;
    const reply = answerFor(deps, text || "help", conversation, { ephemeral: true });
    await ack({ response_type: "ephemeral", text: reply.text, blocks: reply.blocks });
  });
}
