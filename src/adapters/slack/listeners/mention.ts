// `@srm …` in a channel: answered in a thread under the question.
import type { App } from "@slack/bolt";
import { answerFor, replyInThread } from "../answer.js";
import type { SlackDeps } from "../context.js";

export function registerMention(app: App, deps: SlackDeps): void {
  app.event("app_mention", async ({ event, client, context }) => {
    if (event.bot_id) return;
    const thread = event.thread_ts ?? event.ts;
    const key = `${context.teamId ?? ""}:${event.channel}:${thread}`;
    const reply = answerFor(deps, event.text, `slack:${key}`);
    await replyInThread(deps, client, { channel: event.channel, thread, key }, reply);
  });
}
