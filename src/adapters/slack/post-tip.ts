// Posts a daily tip in a Slack channel. A subscription's channel is kept as "TEAM/CHANNEL", so
// that across workspaces (OAuth) the post uses that team's own bot token; with one workspace the
// one token serves. A Web API client per post: no retries of its own (the tip runner retries
// with backoff and keeps its lease short), and a rate limit reported at once with Slack's
// Retry-After instead of waited out inside the call.
import { webApi } from "@slack/bolt";
import type { Tip } from "../../core/knowledge/types.js";
import { toBlockKit } from "../../render/block-kit.js";
import { classifyPostError, type PostResult } from "../../tips/index.js";

export type SlackTipPoster = (channelKey: string, tip: Tip) => Promise<PostResult>;

/** The bot token for a team (undefined: the single workspace's), or undefined if none. */
export type SlackTokenFor = (team: string | undefined) => Promise<string | undefined>;

/**
 * How a Slack channel is kept (its tip subscription, its saved stack): the team and the channel
 * in one key, so a tip can be posted with that team's own token.
 */
export function slackChannelKey(team: string, channel: string): string {
  return `${team}/${channel}`;
}

function splitChannelKey(key: string): { team?: string; channel: string } {
  const slash = key.indexOf("/");
  return slash < 0
    ? { channel: key }
    : { team: key.slice(0, slash), channel: key.slice(slash + 1) };
}

export function slackTipPoster(tokenFor: SlackTokenFor, apiUrl?: string): SlackTipPoster {
  return async (channelKey, tip) => {
    const { team, channel } = splitChannelKey(channelKey);
    const token = await tokenFor(team);
    if (!token)
      return { status: "permanent", reason: "the app is not installed in that workspace" };
    const client = new webApi.WebClient(token, {
      ...(apiUrl ? { slackApiUrl: apiUrl } : {}),
      retryConfig: { retries: 0 },
      rejectRateLimitedCalls: true,
      timeout: 10_000,
    });
    const message = toBlockKit({ kind: "tip", tip });
    try {
      await client.chat.postMessage({ channel, text: message.text, blocks: message.blocks });
      return { status: "posted" };
    } catch (error) {
      return classifyPostError(error);
    }
  };
}
