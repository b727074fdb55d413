// The one place the Slack adapter asks the core: a message in, Block Kit out.
import type { webApi } from "@slack/bolt";
import type { Answer } from "../../core/answers/types.js";
import { stripMarkup } from "../../core/match/clean-text.js";
import { type SlackMessage, toBlockKit } from "../../render/block-kit.js";
import type { SlackDeps } from "./context.js";

export interface SlackAnswer extends SlackMessage {
  readonly answer: Answer;
}

export function answerFor(
  deps: SlackDeps,
  question: string,
  conversation: string,
  options: { ephemeral?: boolean; checked?: ReadonlySet<number> } = {},
): SlackAnswer {
  const { answer, understood } = deps.srm.ask(question, conversation);
  deps.metrics.answered("slack", understood.interpretation.intent);
  // Questions the bot could not answer are counted (`srm gaps`), to grow the knowledge base.
  if (answer.kind === "unknown") void deps.store.recordUnanswered(question, new Date());
  deps.logger.debug({ question, intent: understood.interpretation.intent }, "answered");
  const message = toBlockKit(answer, {
    ...options,
    // Buttons carry the question without mentions or links: it may be posted again (escalation).
    question: stripMarkup(question),
    escalation: deps.escalationChannel !== undefined,
  });
  return { ...message, answer };
}

/** Answers worth posting unasked (listen mode): an owner, or a myth busted. */
export function isConfident(answer: Answer): boolean {
  return answer.kind === "ownership" || answer.kind === "myth";
}

/** Posts an answer in a thread and remembers the thread, so follow-ups there need no mention. */
export async function replyInThread(
  deps: SlackDeps,
  client: webApi.WebClient,
  place: { channel: string; thread: string; key: string },
  reply: SlackMessage,
): Promise<void> {
  await client.chat.postMessage({
    channel: place.channel,
    thread_ts: place.thread,
    text: reply.text,
    blocks: reply.blocks,
  });
  await deps.store.rememberThread(place.key);
}
