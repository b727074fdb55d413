// `stack …` and `matrix …` typed to the bot in Teams: the conversation's saved stack, and the
// responsibility matrix as Adaptive Card tables (several cards for a wide stack). Every reply is
// a card, so names people typed are shown escaped, never as markup.
import { type Activity, CardFactory } from "botbuilder";
import type { Knowledge } from "../../core/knowledge/types.js";
import { type AdaptiveCard, escapeCardText } from "../../render/adaptive-card.js";
import { matrixCards } from "../../render/matrix/adaptive-card.js";
import type { StackStore } from "../../store/extras.js";
import { answerStackCommand } from "../channel/stack-command.js";
import { stackReplyLines } from "../channel/stack-text.js";

const TEAMS_STYLE = { escape: escapeCardText, command: (words: string) => `**${words}**` };

/** The activities that answer a stack command in one conversation, in order. */
export async function teamsStackReplies(
  text: string,
  conversation: string,
  deps: { readonly store: StackStore; readonly kb: Knowledge },
): Promise<Partial<Activity>[]> {
  const reply = await answerStackCommand(
    text,
    { platform: "teams", channel: conversation },
    deps,
  ).catch(() => undefined);
  if (!reply) {
    return [
      cardActivity(
        textCard([
          "I could not reach my database for this conversation's stack. Please try again in a minute.",
        ]),
        "The stack could not be read",
      ),
    ];
  }
  if (reply.kind === "matrix") {
    const cards = matrixCards(reply.matrix, reply);
    const summary = `Who owns what across ${reply.matrix.columns.length} services`;
    return cards.map((card) => cardActivity(card, summary));
  }
  const lines = stackReplyLines(reply, TEAMS_STYLE);
  return [cardActivity(textCard(lines), "This conversation's stack")];
}

function textCard(lines: readonly string[]): AdaptiveCard {
  return {
    type: "AdaptiveCard",
    $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
    version: "1.5",
    // The lines are escaped already, with our own markdown around the escaped parts.
    body: lines.map((text) => ({ type: "TextBlock", text, wrap: true })),
  };
}

function cardActivity(card: AdaptiveCard, summary: string): Partial<Activity> {
  return { attachments: [CardFactory.adaptiveCard(card)], summary };
}
