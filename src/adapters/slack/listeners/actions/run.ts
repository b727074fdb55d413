// A follow-up button: checklist, explain, a myth, a clarifying choice, a suggestion.
import type { App, BlockAction, ButtonAction } from "@slack/bolt";
import { ACTIONS } from "../../../../render/block-kit.js";
import { answerFor } from "../../answer.js";
import type { SlackDeps } from "../../context.js";
import { placeOf, showOnCard } from "./card.js";

export function registerRun(app: App, deps: SlackDeps): void {
  app.action<BlockAction<ButtonAction>>(
    new RegExp(`^${ACTIONS.run}_`),
    async ({ ack, body, action, respond, client }) => {
      await ack();
      const place = placeOf(body);
      const key = `slack:${place.team}:${place.channel}:${place.ephemeral ? body.user.id : place.thread}`;
      const reply = answerFor(deps, action.value ?? "help", key, { ephemeral: place.ephemeral });
      await showOnCard(place, reply, "reply-in-thread", respond, client);
    },
  );
}
