// Posts a daily tip in a Slack channel. Its own Web API client: no retries of its own (the tip
// runner retries with backoff and keeps its lease short) and a rate limit reported at once, with
// Slack's Retry-After, instead of waited out inside the call.
import { webApi } from "@slack/bolt";
import type { Tip } from "../../core/knowledge/types.js";
import { toBlockKit } from "../../render/block-kit.js";
import { classifyPostError, type PostResult } from "../../tips/index.js";

export type SlackTipPoster = (channel: string, tip: Tip) => Promise<PostResult>;

export function slackTipPoster(token: string, apiUrl?: string): SlackTipPoster {
  const client = new webApi.WebClient(token, {
    ...(apiUrl ? { slackApiUrl: apiUrl } : {}),
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: 10_000,
  });
  return async (channel, tip) => {
    const message = toBlockKit({ kind: "tip", tip });
    try {
      await client.chat.postMessage({ channel, text: message.text, blocks: message.blocks });
      return { status: "posted" };
    } catch (error) {
      return classifyPostError(error);
    }
  };
}
