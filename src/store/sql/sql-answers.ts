// The answer path's queries: listen mode, bot threads, feedback, Teams conversation references
// and replay dedup. Expired rows are ignored when read and deleted by purgeExpired.

import { MAX_UNANSWERED } from "../limits.js";
import type { Feedback } from "../store.js";
import type { Queryable } from "./db.js";

export async function isListening(db: Queryable, channel: string): Promise<boolean> {
  const rows = await db.query("SELECT 1 FROM listening WHERE channel = $1", [channel]);
  return rows.length > 0;
}

export async function setListening(db: Queryable, channel: string, on: boolean): Promise<void> {
  if (on) {
    await db.query("INSERT INTO listening (channel) VALUES ($1) ON CONFLICT DO NOTHING", [channel]);
  } else {
    await db.query("DELETE FROM listening WHERE channel = $1", [channel]);
  }
}

export async function rememberThread(db: Queryable, key: string, expires: Date): Promise<void> {
  await db.query(
    `INSERT INTO bot_threads (thread_key, expires_at) VALUES ($1, $2)
     ON CONFLICT (thread_key) DO UPDATE SET expires_at = EXCLUDED.expires_at`,
    [key, expires],
  );
}

export async function isBotThread(db: Queryable, key: string, now: Date): Promise<boolean> {
  const rows = await db.query(
    "SELECT 1 FROM bot_threads WHERE thread_key = $1 AND expires_at > $2",
    [key, now],
  );
  return rows.length > 0;
}

export async function recordFeedback(db: Queryable, f: Feedback): Promise<void> {
  await db.query(
    `INSERT INTO feedback (platform, verdict, answer_kind, question, user_id, at)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [f.platform, f.verdict, f.answerKind, f.question, f.user, f.at],
  );
}

export async function saveConversation(
  db: Queryable,
  platform: string,
  id: string,
  reference: unknown,
): Promise<void> {
  await db.query(
    `INSERT INTO conversation_refs (platform, conversation_id, reference) VALUES ($1, $2, $3)
     ON CONFLICT (platform, conversation_id)
     DO UPDATE SET reference = EXCLUDED.reference, updated_at = now()`,
    [platform, id, JSON.stringify(reference)],
  );
}

export async function conversation(
  db: Queryable,
  platform: string,
  id: string,
): Promise<unknown | undefined> {
  const rows = await db.query<{ reference: unknown }>(
    "SELECT reference FROM conversation_refs WHERE platform = $1 AND conversation_id = $2",
    [platform, id],
  );
  return rows[0]?.reference;
}

export async function conversations(
  db: Queryable,
  platform: string,
): Promise<{ id: string; reference: unknown }[]> {
  const rows = await db.query<{ conversation_id: string; reference: unknown }>(
    "SELECT conversation_id, reference FROM conversation_refs WHERE platform = $1 ORDER BY conversation_id",
    [platform],
  );
  return rows.map((row) => ({ id: row.conversation_id, reference: row.reference }));
}

/** Inserts the key, or takes over an expired one; a row comes back only to the one who claimed. */
export async function claimOnce(db: Queryable, key: string, now: Date, ttlMs: number) {
  const rows = await db.query(
    `INSERT INTO dedup_keys (dedup_key, expires_at) VALUES ($1, $2)
     ON CONFLICT (dedup_key) DO UPDATE SET expires_at = EXCLUDED.expires_at
     WHERE dedup_keys.expires_at <= $3
     RETURNING dedup_key`,
    [key, new Date(now.getTime() + ttlMs), now],
  );
  return rows.length > 0;
}

/**
 * Deletes what has expired, so tables of keys and threads stay as small as their windows, and
 * the unanswered questions beyond their bound (the least asked, oldest first).
 */
export async function purgeExpired(
  db: Queryable,
  now: Date,
  maxUnanswered = MAX_UNANSWERED,
): Promise<void> {
  await db.query("DELETE FROM dedup_keys WHERE expires_at <= $1", [now]);
  await db.query("DELETE FROM bot_threads WHERE expires_at <= $1", [now]);
  await db.query(
    `DELETE FROM unanswered_questions WHERE question_key IN (
       SELECT question_key FROM unanswered_questions
       ORDER BY asked_count DESC, last_asked DESC OFFSET $1)`,
    [maxUnanswered],
  );
}
