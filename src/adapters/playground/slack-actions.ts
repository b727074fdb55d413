// A click in the Slack pane, as Slack's block_actions payload, answered as the Slack adapter's
// action listeners answer it. Those listeners are tied to Bolt (ack, respond, the Web API), so
// this is their dispatch again in miniature, over the same action ids and renderers; ticks are
// kept in the store rather than in the message.

import { ACTIONS, CHECKLIST_BLOCK } from "../../render/block-kit.js";
import { LIMITS } from "../../render/slack-text.js";
import { feedbackOfValue } from "../slack/feedback-value.js";
import {
  ask,
  conversationOf,
  messageFor,
  type Outcome,
  type PlaygroundDeps,
  PlaygroundError,
} from "./messages.js";
import type { SlackActionItem, SlackActionPayload, SlackActionRequest } from "./requests.js";

type Handler = (
  deps: PlaygroundDeps,
  session: string,
  payload: SlackActionPayload,
  action: SlackActionItem,
) => Promise<Outcome>;

/** Action id prefix → handler, as the adapter registers its listeners. */
const HANDLERS: readonly [string, Handler][] = [
  [ACTIONS.run, run],
  [ACTIONS.check, tick],
  [ACTIONS.share, share],
  [ACTIONS.feedback, feedback],
  [ACTIONS.escalate, escalate],
];

export function answerSlackAction(
  deps: PlaygroundDeps,
  request: SlackActionRequest,
): Promise<Outcome> {
  const { session, payload } = request;
  const action = payload.actions[0] as SlackActionItem; // the schema asks for exactly one
  const found = HANDLERS.find(([prefix]) => action.action_id.startsWith(`${prefix}_`));
  if (!found) throw new PlaygroundError(`no handler for action_id ${action.action_id}`);
  return found[1](deps, session, payload, action);
}

/** A follow-up button: an ephemeral card is replaced, a posted one answered below it. */
async function run(
  deps: PlaygroundDeps,
  session: string,
  payload: SlackActionPayload,
  action: SlackActionItem,
): Promise<Outcome> {
  const question = action.value ?? "help";
  const ephemeral = payload.container.is_ephemeral;
  const message = messageFor(ask(deps, question, conversationOf(session)), {
    ephemeral,
    question,
  });
  return ephemeral
    ? { effect: "replace", replaces: payload.container.message_ts, message }
    : { effect: "append", message };
}

/** A checklist tick: the page's ticks are stored, then the list is drawn again with them. */
async function tick(
  deps: PlaygroundDeps,
  session: string,
  payload: SlackActionPayload,
  action: SlackActionItem,
): Promise<Outcome> {
  const blockId = action.block_id ?? "";
  if (!blockId.startsWith(CHECKLIST_BLOCK)) throw new PlaygroundError("not a checklist block");
  const [page, ...rest] = blockId.slice(CHECKLIST_BLOCK.length).split(":");
  const command = rest.join(":");
  const id = payload.container.message_ts;
  const checked = await storeTicks(deps, `${conversationOf(session)}:${id}`, Number(page), action);
  const answer = ask(deps, command, `${conversationOf(session)}:checklist`);
  const ephemeral = payload.container.is_ephemeral;
  const message = messageFor(answer, { id, ephemeral, question: command, checked });
  return { effect: "replace", replaces: id, message };
}

/** Makes the stored ticks of one checkbox group (page) what the click says; returns them all. */
async function storeTicks(
  deps: PlaygroundDeps,
  key: string,
  page: number,
  action: SlackActionItem,
): Promise<Set<number>> {
  if (!Number.isInteger(page) || page < 0) throw new PlaygroundError("not a checklist page");
  const selected = new Set((action.selected_options ?? []).map((o) => o.value));
  let ticks = await deps.store.ticks(key);
  const first = page * LIMITS.checkboxOptions;
  for (let item = first; item < first + LIMITS.checkboxOptions; item++) {
    const want = selected.has(String(item));
    if (want !== ticks.includes(String(item))) {
      ticks = await deps.store.setTick(key, String(item), want);
    }
  }
  return new Set(ticks.map(Number));
}

/** "Share in channel": the answer posted for everyone in place of the private copy. */
async function share(
  deps: PlaygroundDeps,
  session: string,
  payload: SlackActionPayload,
  action: SlackActionItem,
): Promise<Outcome> {
  const question = action.value ?? "help";
  const answer = ask(deps, question, `${conversationOf(session)}:shared`);
  const sharedBy = {
    type: "context" as const,
    elements: [{ type: "mrkdwn" as const, text: `Shared by <@${payload.user.id}>` }],
  };
  const message = messageFor(answer, { ephemeral: false, question, before: [sharedBy] });
  return { effect: "replace", replaces: payload.container.message_ts, message };
}

async function feedback(
  deps: PlaygroundDeps,
  _session: string,
  payload: SlackActionPayload,
  action: SlackActionItem,
): Promise<Outcome> {
  await deps.store.recordFeedback(feedbackOfValue(action.value, payload.user.id, new Date()));
  return { effect: "notice", notice: "Thanks for the feedback." };
}

async function escalate(): Promise<Outcome> {
  return {
    effect: "notice",
    notice: "In Slack this posts the question to the escalation channel; the playground has none.",
  };
}
