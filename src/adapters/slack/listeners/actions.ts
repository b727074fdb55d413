// Buttons and checkboxes on the bot's cards. An ephemeral card is updated in place; a card in
// a channel or thread gets its answer in the same thread.
import type { App, BlockAction, ButtonAction, CheckboxesAction } from "@slack/bolt";
import { ACTIONS, CHECKLIST_BLOCK } from "../../../render/block-kit.js";
import { escapeSlack } from "../../../render/slack-text.js";
import { answerFor } from "../answer.js";
import type { SlackDeps } from "../context.js";

type Body = BlockAction;

function where(body: Body) {
  const channel = body.channel?.id ?? body.container?.channel_id ?? "";
  const ephemeral = body.container?.is_ephemeral === true;
  const messageTs: string | undefined = body.message?.ts ?? body.container?.message_ts;
  const thread: string | undefined = body.message?.thread_ts ?? messageTs;
  return { channel, ephemeral, messageTs, thread, team: body.team?.id ?? "" };
}

export function registerActions(app: App, deps: SlackDeps): void {
  // A follow-up command: checklist, explain, a myth, a clarifying choice, a suggestion.
  app.action<BlockAction<ButtonAction>>(
    new RegExp(`^${ACTIONS.run}_`),
    async ({ ack, body, action, respond, client }) => {
      await ack();
      const w = where(body);
      const key = `slack:${w.team}:${w.channel}:${w.ephemeral ? body.user.id : w.thread}`;
      const reply = answerFor(deps, action.value ?? "help", key, { ephemeral: w.ephemeral });
      if (w.ephemeral) {
        await respond({
          replace_original: true,
          response_type: "ephemeral",
          text: reply.text,
          blocks: reply.blocks,
        });
      } else {
        await client.chat.postMessage({
          channel: w.channel,
          thread_ts: w.thread,
          text: reply.text,
          blocks: reply.blocks,
        });
      }
    },
  );

  // Share an ephemeral answer with the channel.
  app.action<BlockAction<ButtonAction>>(
    new RegExp(`^${ACTIONS.share}_`),
    async ({ ack, body, action, respond, client }) => {
      await ack();
      const w = where(body);
      const reply = answerFor(deps, action.value ?? "help", `slack:${w.team}:${w.channel}:shared`);
      await client.chat.postMessage({
        channel: w.channel,
        text: `<@${body.user.id}> shared: ${reply.text}`,
        blocks: [
          { type: "context", elements: [{ type: "mrkdwn", text: `Shared by <@${body.user.id}>` }] },
          ...reply.blocks,
        ].slice(0, 50),
      });
      await respond({ delete_original: true });
    },
  );

  // 👍 / 👎
  app.action<BlockAction<ButtonAction>>(
    new RegExp(`^${ACTIONS.feedback}_`),
    async ({ ack, body, action, respond }) => {
      await ack();
      const value = parse(action.value);
      await deps.store.recordFeedback({
        platform: "slack",
        verdict: value.v === "down" ? "down" : "up",
        answerKind: String(value.k ?? ""),
        question: String(value.q ?? ""),
        user: body.user.id,
        at: new Date(),
      });
      await respond({
        response_type: "ephemeral",
        replace_original: false,
        text: "Thanks for the feedback.",
      });
    },
  );

  // "Ask the security team": the question, with a link to it, in the escalation channel.
  app.action<BlockAction<ButtonAction>>(
    new RegExp(`^${ACTIONS.escalate}_`),
    async ({ ack, body, action, respond, client }) => {
      await ack();
      if (!deps.escalationChannel) return;
      const w = where(body);
      let permalink: string | undefined;
      if (!w.ephemeral && w.channel && w.thread) {
        const found = await client.chat
          .getPermalink({ channel: w.channel, message_ts: w.thread })
          .catch(() => undefined);
        permalink = found?.permalink;
      }
      const question = escapeSlack(action.value ?? "");
      await client.chat.postMessage({
        channel: deps.escalationChannel,
        text: `<@${body.user.id}> asked a question srm could not answer: ${question}`,
        blocks: [
          {
            type: "section",
            text: {
              type: "mrkdwn",
              text: `<@${body.user.id}> asked a question srm could not answer${w.channel ? ` in <#${w.channel}>` : ""}:\n>${question}`,
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
      await respond({
        response_type: "ephemeral",
        replace_original: false,
        text: "I've passed your question to the security team.",
      });
    },
  );

  // Ticking a checklist item: the ticks are kept on the message itself.
  app.action<BlockAction<CheckboxesAction>>(
    new RegExp(`^${ACTIONS.check}_`),
    async ({ ack, body, respond, client }) => {
      await ack();
      const w = where(body);
      const blockId = body.actions[0]?.block_id ?? "";
      const command = blockId.startsWith(CHECKLIST_BLOCK)
        ? blockId.split(":").slice(2).join(":")
        : "";
      if (!command) return;
      const checked = new Set<number>();
      for (const block of Object.values(body.state?.values ?? {})) {
        for (const state of Object.values(block)) {
          for (const option of state.selected_options ?? []) checked.add(Number(option.value));
        }
      }
      const reply = answerFor(deps, command, `slack:${w.team}:${w.channel}:checklist`, {
        ephemeral: w.ephemeral,
        checked,
      });
      if (w.ephemeral) {
        await respond({
          replace_original: true,
          response_type: "ephemeral",
          text: reply.text,
          blocks: reply.blocks,
        });
      } else if (w.messageTs) {
        await client.chat.update({
          channel: w.channel,
          ts: w.messageTs,
          text: reply.text,
          blocks: reply.blocks,
        });
      }
    },
  );
}

function parse(value: string | undefined): Record<string, unknown> {
  try {
    return JSON.parse(value ?? "{}") as Record<string, unknown>;
  } catch {
    return {};
  }
}
