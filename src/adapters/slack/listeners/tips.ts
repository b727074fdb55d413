// `/srm tips on|off|status|now` in a Slack channel. `tips on` without a timezone takes the one
// Slack reports for the person subscribing (one users.info call, given a second at most; UTC
// when Slack does not answer in time). `tips now` posts the tip for the whole channel.
import type { RespondArguments, webApi } from "@slack/bolt";
import { toBlockKit } from "../../../render/block-kit.js";
import { answerTipsCommand } from "../../channel/tips-command.js";
import { TIMED_OUT, withDeadline } from "../../deadline.js";
import type { SlackChannelAsk, SlackDeps } from "../context.js";
import { slackChannelKey } from "../post-tip.js";

const TIMEZONE_LOOKUP_MS = 1_000;

export async function slackTipsReply(
  deps: SlackDeps,
  client: webApi.WebClient,
  ask: SlackChannelAsk,
): Promise<RespondArguments> {
  try {
    const reply = await answerTipsCommand(
      ask.text,
      { platform: "slack", channel: slackChannelKey(ask.team, ask.channel) },
      {
        store: deps.store,
        tips: deps.srm.kb.tips,
        now: new Date(),
        timezone: () => userTimezone(client, ask.user),
      },
    );
    if (reply.kind === "tip") {
      return { response_type: "in_channel", ...toBlockKit({ kind: "tip", tip: reply.tip }) };
    }
    return { response_type: "ephemeral", text: reply.text };
  } catch (error) {
    deps.logger.warn({ err: String(error) }, "tips command failed");
    return {
      response_type: "ephemeral",
      text: "I could not reach my database to change the daily tips. Please try again in a minute.",
    };
  }
}

async function userTimezone(client: webApi.WebClient, user: string): Promise<string> {
  const info = await withDeadline(client.users.info({ user }), TIMEZONE_LOOKUP_MS).catch(
    () => TIMED_OUT,
  );
  const tz = typeof info === "object" ? info.user?.tz : undefined;
  return typeof tz === "string" && tz !== "" ? tz : "UTC";
}
