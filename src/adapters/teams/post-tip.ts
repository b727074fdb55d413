// Posts a daily tip in a Teams conversation, unasked, through the conversation reference kept
// when the bot was added or last spoken to. Bounded in time: a connector that never answers
// counts as a transient failure, tried again on a later pass.
import { type Activity, CardFactory, type ConversationReference } from "botbuilder";
import type { Tip } from "../../core/knowledge/types.js";
import { toAdaptiveCard } from "../../render/adaptive-card.js";
import { summaryOf } from "../../render/summary.js";
import { classifyPostError, type PostResult } from "../../tips/index.js";
import { TIMED_OUT, withDeadline } from "../deadline.js";
import type { TurnAdapter } from "./auth.js";
import { onLoopback } from "./http.js";

export type TeamsTipPoster = (reference: unknown, tip: Tip) => Promise<PostResult>;

const POST_TIMEOUT_MS = 10_000;

export function teamsTipPoster(adapter: TurnAdapter, appId: string | undefined): TeamsTipPoster {
  return async (reference, tip) => {
    // Without an app id the bot posts only on this machine, as it answers only there.
    const serviceUrl = (reference as { serviceUrl?: unknown }).serviceUrl;
    if (appId === undefined && !onLoopback(serviceUrl)) {
      return { status: "permanent", reason: "serviceUrl not on this machine, and no app id" };
    }
    const answer = { kind: "tip", tip } as const;
    const activity: Partial<Activity> = {
      attachments: [CardFactory.adaptiveCard(toAdaptiveCard(answer))],
      summary: summaryOf(answer),
    };
    const post = adapter.continueConversationAsync(
      appId ?? "",
      reference as Partial<ConversationReference>,
      async (context) => void (await context.sendActivity(activity)),
    );
    try {
      const result = await withDeadline(post, POST_TIMEOUT_MS);
      if (result === TIMED_OUT) return { status: "transient", reason: "timeout" };
      return { status: "posted" };
    } catch (error) {
      return classifyPostError(error);
    }
  };
}
