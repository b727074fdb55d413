// `tips on|off|status|now` typed in a channel, the same on Slack and Teams: the platform passes
// where it was typed and how to learn the asker's timezone, and shows the reply its own way.
import type { Tip } from "../../core/knowledge/types.js";
import type { Platform } from "../../store/store.js";
import type { TipStore } from "../../store/tip-store.js";
import { parseTipsCommand, takeNextTip, tipsStatusText } from "../../tips/index.js";

export interface TipsPlace {
  readonly platform: Platform;
  /** The Slack channel id or the Teams conversation id. */
  readonly channel: string;
}

export interface TipsCommandDeps {
  readonly store: TipStore;
  readonly tips: readonly Tip[];
  readonly now: Date;
  /** The asker's IANA timezone, asked only when `tips on` names none; "UTC" when unknown. */
  readonly timezone: () => Promise<string>;
}

export type TipsReply =
  | { readonly kind: "text"; readonly text: string }
  /** `tips now`: the tip itself, posted for the whole channel. */
  | { readonly kind: "tip"; readonly tip: Tip };

/**
 * "tips", "tips on 09:30", "Tips status": the words that make a tips command. "tips for
 * securing s3" is a question, and goes to the matcher like any other.
 */
export function isTipsCommand(text: string): boolean {
  return /^tips(\s+(on|off|status|now)\b.*)?$/is.test(text.trim());
}

export async function answerTipsCommand(
  text: string,
  place: TipsPlace,
  deps: TipsCommandDeps,
): Promise<TipsReply> {
  const asksOn = /^tips\s+on\b/i.test(text.trim());
  const parsed = parseTipsCommand(text, asksOn ? await deps.timezone() : "UTC");
  if (!parsed.ok) return { kind: "text", text: parsed.error };
  const { store, now } = deps;
  const { platform, channel } = place;
  switch (parsed.command.kind) {
    case "on": {
      const subscription = await store.subscribeTips(
        platform,
        channel,
        parsed.command.schedule,
        now,
      );
      return {
        kind: "text",
        text: `${tipsStatusText(subscription, now)} \`tips off\` stops them.`,
      };
    }
    case "off":
      await store.disableTips(platform, channel, "turned off");
      return { kind: "text", text: "Daily tips are off here. `tips on` turns them back on." };
    case "status":
      return {
        kind: "text",
        text: tipsStatusText(await store.tipSubscription(platform, channel), now),
      };
    case "now": {
      const tip = await takeNextTip(store, platform, channel, deps.tips);
      return tip ? { kind: "tip", tip } : { kind: "text", text: "There are no tips to show yet." };
    }
  }
}
