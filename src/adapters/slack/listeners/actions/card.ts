// Where a clicked card lives, and how to answer on it: an ephemeral card is replaced in place
// (through its response URL); a card in a channel or thread gets its answer in the same thread.
import type { BlockAction, RespondFn, webApi } from "@slack/bolt";
import type { SlackMessage } from "../../../../render/block-kit.js";

type WebClient = webApi.WebClient;

export interface CardPlace {
  readonly team: string;
  readonly channel: string;
  readonly ephemeral: boolean;
  readonly messageTs?: string;
  readonly thread?: string;
}

export function placeOf(body: BlockAction): CardPlace {
  const messageTs: string | undefined = body.message?.ts ?? body.container?.message_ts;
  const thread: string | undefined = body.message?.thread_ts ?? messageTs;
  return {
    team: body.team?.id ?? "",
    channel: body.channel?.id ?? body.container?.channel_id ?? "",
    ephemeral: body.container?.is_ephemeral === true,
    ...(messageTs ? { messageTs } : {}),
    ...(thread ? { thread } : {}),
  };
}

/**
 * Shows an answer on a clicked card. An ephemeral card is always replaced (only its response URL
 * reaches it); otherwise a follow-up goes into the card's thread and a changed card (checklist
 * ticks) updates the message itself.
 */
export async function showOnCard(
  place: CardPlace,
  reply: SlackMessage,
  how: "reply-in-thread" | "update-card",
  respond: RespondFn,
  client: WebClient,
): Promise<void> {
  const { text, blocks } = reply;
  if (place.ephemeral) {
    await respond({ replace_original: true, response_type: "ephemeral", text, blocks });
  } else if (how === "reply-in-thread") {
    await client.chat.postMessage({
      channel: place.channel,
      thread_ts: place.thread,
      text,
      blocks,
    });
  } else if (place.messageTs) {
    await client.chat.update({ channel: place.channel, ts: place.messageTs, text, blocks });
  }
}

/** A short note only the clicking user sees. */
export async function tellUser(respond: RespondFn, text: string): Promise<void> {
  await respond({ response_type: "ephemeral", replace_original: false, text });
}
