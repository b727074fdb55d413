// Retrying a post that failed for a reason that may pass: a few attempts with growing waits,
// honouring Retry-After, all well inside the claim's lease so no other runner takes over meanwhile.
import { classifyPostError, type PostResult } from "./post-result.js";

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  readonly attempts: number;
  readonly baseDelayMs: number;
  /** A wait longer than this (a long Retry-After) is not waited: the claim expires instead. */
  readonly maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 3, baseDelayMs: 1_000, maxDelayMs: 30_000 };

export type Sleep = (ms: number) => Promise<void>;

export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export interface Attempted {
  readonly result: PostResult;
  readonly attempts: number;
}

export async function postWithRetry(
  post: () => Promise<PostResult>,
  policy: RetryPolicy,
  sleep: Sleep,
): Promise<Attempted> {
  for (let attempt = 1; ; attempt++) {
    const result = await post().catch(classifyPostError);
    if (result.status !== "transient" || attempt >= policy.attempts)
      return { result, attempts: attempt };
    const backoff = policy.baseDelayMs * 2 ** (attempt - 1);
    const wait = Math.max(result.retryAfterMs ?? 0, Math.min(backoff, policy.maxDelayMs));
    if (wait > policy.maxDelayMs) return { result, attempts: attempt };
    await sleep(wait);
  }
}
