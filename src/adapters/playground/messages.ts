// One answer as both platforms get it: the Block Kit the Slack adapter sends (with its drawing
// for the Slack pane) and the Adaptive Card the Teams adapter sends, from a single ask.
import { randomUUID } from "node:crypto";
import type { KnownBlock } from "@slack/types";
import type { Answer } from "../../core/answers/types.js";
import { stripMarkup } from "../../core/match/clean-text.js";
import type { Srm } from "../../core/srm.js";
import type { Logger } from "../../observability/logger.js";
import { type AdaptiveCard, toAdaptiveCard } from "../../render/adaptive-card.js";
import { toBlockKit } from "../../render/block-kit.js";
import type { Store } from "../../store/store.js";
import { blockKitView } from "./block-kit-view.js";
import type { ViewElement } from "./view.js";

export interface PlaygroundDeps {
  readonly srm: Srm;
  readonly store: Store;
  readonly logger: Logger;
  /** Where the server listens: on loopback, the playground answers only loopback host names. */
  readonly host: string;
}

export interface PlaygroundMessage {
  /** The message's id in the page: the ts a Slack action names it by. */
  readonly id: string;
  readonly kind: Answer["kind"];
  /** Shown to the asker only, as `/srm` answers are in Slack. */
  readonly ephemeral: boolean;
  readonly slack: {
    readonly text: string;
    readonly blocks: KnownBlock[];
    readonly view: ViewElement;
  };
  readonly teams: AdaptiveCard;
}

/** What the page does with an outcome: add a message, replace one, or show a short note. */
export type Outcome =
  | { readonly effect: "append"; readonly message: PlaygroundMessage }
  | { readonly effect: "replace"; readonly replaces: string; readonly message: PlaygroundMessage }
  | { readonly effect: "notice"; readonly notice: string };

/** A request the playground understood but cannot act on: answered 400 with this message. */
export class PlaygroundError extends Error {
  override name = "PlaygroundError";
}

export interface MessageOptions {
  readonly id?: string;
  readonly ephemeral: boolean;
  /** The question as asked: the Slack buttons carry it (feedback, share). */
  readonly question: string;
  /** Ticked checklist items, by index. */
  readonly checked?: ReadonlySet<number>;
  /** Blocks put before the answer's own (Slack's "Shared by" line). */
  readonly before?: readonly KnownBlock[];
}

/** The one conversation a playground session has, so follow-ups lean on the last question. */
export function conversationOf(session: string): string {
  return `playground:${session}`;
}

export function ask(deps: PlaygroundDeps, question: string, conversation: string): Answer {
  // Teams' adapter reads at most 4,000 characters; Slack's commands are shorter still.
  return deps.srm.ask(question.slice(0, 4000), conversation).answer;
}

export function messageFor(answer: Answer, o: MessageOptions): PlaygroundMessage {
  const slack = toBlockKit(answer, {
    ephemeral: o.ephemeral,
    // As the Slack adapter does: buttons carry the question without mentions or links.
    question: stripMarkup(o.question),
    escalation: false,
    ...(o.checked ? { checked: o.checked } : {}),
  });
  const blocks = [...(o.before ?? []), ...slack.blocks].slice(0, 50);
  return {
    id: o.id ?? randomUUID(),
    kind: answer.kind,
    ephemeral: o.ephemeral,
    slack: { text: slack.text, blocks, view: blockKitView(blocks) },
    teams: withTicks(toAdaptiveCard(answer), o.checked),
  };
}

/**
 * The Teams card with the stored ticks shown. Teams keeps a toggle's state only in the client;
 * the playground shows the ticks it stored so both panes agree.
 */
function withTicks(card: AdaptiveCard, checked: ReadonlySet<number> | undefined): AdaptiveCard {
  if (!checked || checked.size === 0) return card;
  const body = card.body.map((element) => {
    const item = /^srm-item-(\d+)$/.exec(String(element.id ?? ""));
    return element.type === "Input.Toggle" && item && checked.has(Number(item[1]))
      ? { ...element, value: "true" }
      : element;
  });
  return { ...card, body };
}
