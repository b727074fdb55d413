// A question typed in the chat box: `/srm …` as Slack's slash command answers it (to the asker
// only, with Share), anything else as a direct message; a Teams card's submit as Teams does.
import { answerTipsCommand, isTipsCommand } from "../channel/tips-command.js";
import { ask, conversationOf, messageFor, type Outcome, type PlaygroundDeps } from "./messages.js";
import type { AskRequest, TeamsSubmitRequest } from "./requests.js";

const SLASH = /^\/srm(?:\s+|$)/i;
const LISTEN = /^listen\s+(on|off)$/i;

export async function answerTyped(deps: PlaygroundDeps, request: AskRequest): Promise<Outcome> {
  const text = request.text.trim();
  const conversation = conversationOf(request.session);
  const typed = text.replace(SLASH, "").trim();
  if (isTipsCommand(typed)) return answerTips(deps, typed, request.session);
  if (!SLASH.test(text)) {
    const answer = ask(deps, text, conversation);
    return { effect: "append", message: messageFor(answer, { ephemeral: false, question: text }) };
  }
  const command = text.replace(SLASH, "").trim();
  if (LISTEN.test(command)) {
    return {
      effect: "notice",
      notice: "Listen mode is set per Slack channel; the playground answers every message.",
    };
  }
  const question = command || "help";
  const answer = ask(deps, question, conversation);
  return { effect: "append", message: messageFor(answer, { ephemeral: true, question }) };
}

/**
 * `tips on|off|status|now`, as a channel would type it: the session is the playground's
 * channel, so `tips now` shows the card its daily tip would post, at once.
 */
async function answerTips(deps: PlaygroundDeps, text: string, session: string): Promise<Outcome> {
  const reply = await answerTipsCommand(
    text,
    { platform: "slack", channel: `playground/${session}` },
    { store: deps.store, tips: deps.srm.kb.tips, now: new Date(), timezone: async () => "UTC" },
  );
  if (reply.kind === "text") return { effect: "notice", notice: reply.text };
  const answer = { kind: "tip", tip: reply.tip } as const;
  return { effect: "append", message: messageFor(answer, { ephemeral: false, question: text }) };
}

/** Teams answers a submit with a new card in the conversation. */
export function answerSubmitted(deps: PlaygroundDeps, request: TeamsSubmitRequest): Outcome {
  const question = request.data.srm;
  const answer = ask(deps, question, conversationOf(request.session));
  return { effect: "append", message: messageFor(answer, { ephemeral: false, question }) };
}
