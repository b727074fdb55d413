// Messages without a mention: direct messages, follow-ups in a thread the bot answered, and
// channels in listen mode (confident answers only). Mentions are the app_mention listener's.
import type { App } from "@slack/bolt";
import { answerFor, isConfident, replyInThread } from "../answer.js";
import type { SlackDeps } from "../context.js";

interface PlainMessage {
  readonly subtype?: string;
  readonly bot_id?: string;
  readonly text?: string;
  readonly channel: string;
  readonly channel_type?: string;
  readonly ts: string;
  readonly thread_ts?: string;
}

export function registerMessage(app: App, deps: SlackDeps): void {
  app.message(async ({ message, client, context }) => {
    const m = message as PlainMessage;
    if (m.subtype !== undefined || m.bot_id || !m.text) return; // edits, joins, bots (ourselves too)
    if (context.botUserId && m.text.includes(`<@${context.botUserId}>`)) return; // app_mention answers it
    const team = context.teamId ?? "";

    if (m.channel_type === "im") {
      const key = `${team}:${m.channel}:${m.thread_ts ?? "dm"}`;
      const reply = answerFor(deps, m.text, `slack:${key}`);
      await client.chat.postMessage({
        channel: m.channel,
        ...(m.thread_ts ? { thread_ts: m.thread_ts } : {}),
        text: reply.text,
        blocks: reply.blocks,
      });
      return;
    }

    const followUp =
      m.thread_ts !== undefined &&
      (await deps.store.isBotThread(`${team}:${m.channel}:${m.thread_ts}`));
    const listening =
      !followUp && m.thread_ts === undefined && (await deps.store.isListening(m.channel));
    if (!followUp && !listening) return;
    const thread = m.thread_ts ?? m.ts;
    const key = `${team}:${m.channel}:${thread}`;
    const reply = answerFor(deps, m.text, `slack:${key}`);
    const worthIt = followUp ? reply.answer.kind !== "unknown" : isConfident(reply.answer);
    if (!worthIt) return;
    await replyInThread(deps, client, { channel: m.channel, thread, key }, reply);
  });
}
