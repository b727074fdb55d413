// What posting a tip came to, as the adapters report it, and a reading of the errors the Slack
// and Teams SDKs throw (by shape, without importing either) for adapters that would rather throw.

export type PostResult =
  | { readonly status: "posted" }
  /** The channel will not take posts again (gone, archived, bot removed): stop posting there. */
  | { readonly status: "permanent"; readonly reason: string }
  /** Worth trying again: rate limited, a server error, a timeout. */
  | { readonly status: "transient"; readonly reason: string; readonly retryAfterMs?: number };

/** Slack error codes that mean the bot can no longer post in the channel. */
const SLACK_PERMANENT = new Set([
  "channel_not_found",
  "not_in_channel",
  "is_archived",
  "account_inactive",
  "token_revoked",
  "invalid_auth",
  "missing_scope",
  "restricted_action",
  "team_access_not_granted",
]);

interface ErrorShape {
  code?: unknown;
  statusCode?: unknown;
  status?: unknown;
  retryAfter?: unknown;
  data?: { error?: unknown };
  message?: unknown;
}

export function classifyPostError(error: unknown): PostResult {
  const e = (typeof error === "object" && error !== null ? error : {}) as ErrorShape;
  const slackCode = typeof e.data?.error === "string" ? e.data.error : undefined;
  if (slackCode && SLACK_PERMANENT.has(slackCode))
    return { status: "permanent", reason: slackCode };
  if (typeof e.retryAfter === "number") {
    // Slack's rate-limited error carries Retry-After in seconds.
    return { status: "transient", reason: "rate_limited", retryAfterMs: e.retryAfter * 1000 };
  }
  const status = Number(e.statusCode ?? e.status);
  if (status === 403 || status === 404) return { status: "permanent", reason: `http_${status}` };
  if (status === 429 || status >= 500) return { status: "transient", reason: `http_${status}` };
  const reason = slackCode ?? (typeof e.code === "string" ? e.code : String(e.message ?? error));
  // Anything else may pass: the claim expires and the day's post is tried again later.
  return { status: "transient", reason };
}
