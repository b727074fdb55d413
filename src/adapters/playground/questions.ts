// A question typed in the chat box: `/srm …` as Slack's slash command answers it (to the asker
// only, with Share), anything else as a direct message; a Teams card's submit as Teams does.
import { ask, conversationOf, messageFor, type Outcome, type PlaygroundDeps } from "./messages.js";
import type { AskRequest, TeamsSubmitRequest } from "./requests.js";

const SLASH = /^\/srm(?:\s+|$)/i;
const LISTEN = /^listen\s+(on|off)$/i;

export function answerTyped(deps: PlaygroundDeps, request: AskRequest): Outcome {
  const text = request.text.trim();
  const conversation = conversationOf(request.session);
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

/** Teams answers a submit with a new card in the conversation. */
export function answerSubmitted(deps: PlaygroundDeps, request: TeamsSubmitRequest): Outcome {
  const question = request.data.srm;
  const answer = ask(deps, question, conversationOf(request.session));
  return { effect: "append", message: messageFor(answer, { ephemeral: false, question }) };
}
