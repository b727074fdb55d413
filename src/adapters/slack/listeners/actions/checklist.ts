// Ticking a checklist item: the list is rebuilt with every tick on the message kept.
import type { App, BlockAction, CheckboxesAction } from "@slack/bolt";
import { ACTIONS, CHECKLIST_BLOCK } from "../../../../render/block-kit.js";
import { answerFor } from "../../answer.js";
import type { SlackDeps } from "../../context.js";
import { placeOf, showOnCard } from "./card.js";

export function registerChecklist(app: App, deps: SlackDeps): void {
  app.action<BlockAction<CheckboxesAction>>(
    new RegExp(`^${ACTIONS.check}_`),
    async ({ ack, body, respond, client }) => {
      await ack();
      const blockId = body.actions[0]?.block_id ?? "";
      if (!blockId.startsWith(CHECKLIST_BLOCK)) return;
      const command = blockId.split(":").slice(2).join(":");
      const checked = new Set<number>();
      for (const block of Object.values(body.state?.values ?? {})) {
        for (const state of Object.values(block)) {
          for (const option of state.selected_options ?? []) checked.add(Number(option.value));
        }
      }
      const place = placeOf(body);
      const reply = answerFor(deps, command, `slack:${place.team}:${place.channel}:checklist`, {
        ephemeral: place.ephemeral,
        checked,
      });
      await showOnCard(place, reply, "update-card", respond, client);
    },
  );
}
