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

/** A new answer under the card: replacing an ephemeral card, in the thread otherwise. */
export async function answerOnCard(
  place: CardPlace,
  reply: SlackMessage,
  respond: RespondFn,
  client: WebClient,
) {
  if (place.ephemeral) {
    await respond({
      replace_original: true,
      response_type: "ephemeral",
      text: reply.text,
      blocks: reply.blocks,
    });
  } else {
    await client.chat.postMessage({
      channel: place.channel,
      thread_ts: place.thread,
      text: reply.text,
      blocks: reply.blocks,
    });
  }
}

/** The same card, changed (checklist ticks): replaced if ephemeral, updated otherwise. */
export async function updateCard(
  place: CardPlace,
  reply: SlackMessage,
  respond: RespondFn,
  client: WebClient,
) {
  if (place.ephemeral) {
    await respond({
      replace_original: true,
      response_type: "ephemeral",
      text: reply.text,
      blocks: reply.blocks,
    });
  } else if (place.messageTs) {
    await client.chat.update({
      channel: place.channel,
      ts: place.messageTs,
      text: reply.text,
      blocks: reply.blocks,
    });
  }
}

/** A short note only the clicking user sees. */
export async function tellUser(respond: RespondFn, text: string): Promise<void> {
  await respond({ response_type: "ephemeral", replace_original: false, text });
}
