// The Teams bot: messages (personal, channel, group chat) and card submits answered with
// Adaptive Cards, the search message extension, and conversation references kept for later.
import {
  type ActivityHandler,
  CardFactory,
  type MessagingExtensionQuery,
  type MessagingExtensionResponse,
  TeamsActivityHandler,
  TurnContext,
} from "botbuilder";
import type { Srm } from "../../core/srm.js";
import type { BotMetrics } from "../../observability/metrics.js";
import { toAdaptiveCard } from "../../render/adaptive-card.js";
import { summaryOf } from "../../render/summary.js";
import type { Store } from "../../store/store.js";
import { isStackCommand } from "../channel/stack-command.js";
import { answerTipsCommand, isTipsCommand } from "../channel/tips-command.js";
import { type RateLimits, slowDown } from "../rate-limits.js";
import { extensionResults } from "./search.js";
import { teamsStackReplies } from "./stack.js";

export interface TeamsDeps {
  readonly srm: Srm;
  readonly store: Store;
  readonly limits: RateLimits;
  readonly metrics: BotMetrics;
}

export function createTeamsBot(deps: TeamsDeps): ActivityHandler {
  return new SrmTeamsBot(deps);
}

class SrmTeamsBot extends TeamsActivityHandler {
  constructor(private readonly deps: TeamsDeps) {
    super();
    this.onMessage(async (context, next) => {
      await this.remember(context);
      await this.answer(context);
      await next();
    });
    this.onConversationUpdate(async (context, next) => {
      await this.remember(context);
      await next();
    });
    this.onInstallationUpdate(async (context, next) => {
      await this.remember(context);
      await next();
    });
  }

  private async answer(context: TurnContext): Promise<void> {
    const { from, conversation: where } = context.activity;
    const tenant = where.tenantId ?? "teams";
    const wait = await this.deps.limits.wait(`${tenant}:${from.aadObjectId ?? from.id}`, tenant);
    if (wait !== undefined) {
      await context.sendActivity(slowDown(wait));
      return;
    }
    const submitted = (context.activity.value as { srm?: unknown } | undefined)?.srm;
    const question =
      typeof submitted === "string"
        ? submitted
        : (TurnContext.removeRecipientMention(context.activity) ?? context.activity.text ?? "");
    if (isTipsCommand(question)) return this.tips(context, question);
    if (isStackCommand(question)) {
      const { store, srm } = this.deps;
      const replies = await teamsStackReplies(question, where.id, { store, kb: srm.kb });
      return void (await context.sendActivities(replies));
    }
    const conversation = `teams:${context.activity.conversation.id}`;
    const { answer, understood } = this.deps.srm.ask(question.slice(0, 4000), conversation);
    this.deps.metrics.answered("teams", understood.interpretation.intent);
    if (answer.kind === "unknown") void this.deps.store.recordUnanswered(question, new Date());
    await context.sendActivity({
      attachments: [CardFactory.adaptiveCard(toAdaptiveCard(answer))],
      summary: summaryOf(answer),
    });
  }

  /** `tips on|off|status|now`, typed to the bot in a channel, group chat or personal chat. */
  private async tips(context: TurnContext, text: string): Promise<void> {
    const { activity } = context;
    const reply = await answerTipsCommand(
      text,
      { platform: "teams", channel: activity.conversation.id },
      {
        store: this.deps.store,
        tips: this.deps.srm.kb.tips,
        now: new Date(),
        // Teams sends the sender's IANA timezone with each message.
        timezone: async () => activity.localTimezone || "UTC",
      },
    ).catch(() => ({
      kind: "text" as const,
      text: "I could not reach my database to change the daily tips. Please try again in a minute.",
    }));
    if (reply.kind === "text") return void (await context.sendActivity(reply.text));
    const answer = { kind: "tip", tip: reply.tip } as const;
    await context.sendActivity({
      attachments: [CardFactory.adaptiveCard(toAdaptiveCard(answer))],
      summary: summaryOf(answer),
    });
  }

  private async remember(context: TurnContext): Promise<void> {
    const reference = TurnContext.getConversationReference(context.activity);
    await this.deps.store.saveConversation("teams", context.activity.conversation.id, reference);
  }

  protected override async handleTeamsMessagingExtensionQuery(
    _context: TurnContext,
    query: MessagingExtensionQuery,
  ): Promise<MessagingExtensionResponse> {
    const text = query.parameters?.find((p) => p.name === "query")?.value;
    const results = extensionResults(this.deps.srm, typeof text === "string" ? text : "");
    return {
      composeExtension: {
        type: "result",
        attachmentLayout: "list",
        attachments: results.map((answer) => ({
          ...CardFactory.adaptiveCard(toAdaptiveCard(answer)),
          preview: CardFactory.thumbnailCard(summaryOf(answer)),
        })),
      },
    };
  }
}
