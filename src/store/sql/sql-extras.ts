// Queries for checklist ticks, unanswered questions, saved stacks and Slack installations.
import {
  type Gap,
  type InstallationKey,
  installationKey,
  type SlackInstallation,
} from "../extras.js";
import { boundedStack, MAX_TICKS_PER_MESSAGE } from "../limits.js";
import { cleanQuestion, questionKey } from "../question-text.js";
import type { Platform } from "../store.js";
import type { Queryable } from "./db.js";

export async function ticks(db: Queryable, messageKey: string): Promise<string[]> {
  const rows = await db.query<{ item_id: string }>(
    "SELECT item_id FROM checklist_ticks WHERE message_key = $1 ORDER BY item_id",
    [messageKey],
  );
  return rows.map((row) => row.item_id);
}

/** One statement each way, so two people ticking different items at once both count. */
export async function setTick(db: Queryable, messageKey: string, itemId: string, on: boolean) {
  if (on) {
    await db.query(
      `INSERT INTO checklist_ticks (message_key, item_id)
       SELECT $1, $2 WHERE (SELECT count(*) FROM checklist_ticks WHERE message_key = $1) < $3
       ON CONFLICT DO NOTHING`,
      [messageKey, itemId, MAX_TICKS_PER_MESSAGE],
    );
  } else {
    await db.query("DELETE FROM checklist_ticks WHERE message_key = $1 AND item_id = $2", [
      messageKey,
      itemId,
    ]);
  }
  return ticks(db, messageKey);
}

export async function recordUnanswered(db: Queryable, question: string, now: Date) {
  const cleaned = cleanQuestion(question);
  if (cleaned === "") return;
  await db.query(
    `INSERT INTO unanswered_questions (question_key, question, asked_count, last_asked)
     VALUES ($1, $2, 1, $3)
     ON CONFLICT (question_key) DO UPDATE SET asked_count = unanswered_questions.asked_count + 1,
       question = EXCLUDED.question, last_asked = GREATEST(unanswered_questions.last_asked, $3)`,
    [questionKey(cleaned), cleaned, now],
  );
}

export async function gaps(db: Queryable, limit: number): Promise<Gap[]> {
  const rows = await db.query<{ question: string; asked_count: number; last_asked: Date }>(
    `SELECT question, asked_count, last_asked FROM unanswered_questions
     ORDER BY asked_count DESC, last_asked DESC LIMIT $1`,
    [Math.max(0, Math.floor(limit))],
  );
  return rows.map((r) => ({ question: r.question, count: r.asked_count, lastAsked: r.last_asked }));
}

export async function savedStack(db: Queryable, platform: Platform, channel: string) {
  const rows = await db.query<{ services: string[] }>(
    "SELECT services FROM saved_stacks WHERE platform = $1 AND channel = $2",
    [platform, channel],
  );
  return rows[0]?.services ?? [];
}

export async function saveStack(
  db: Queryable,
  platform: Platform,
  channel: string,
  services: readonly string[],
): Promise<void> {
  await db.query(
    `INSERT INTO saved_stacks (platform, channel, services) VALUES ($1, $2, $3)
     ON CONFLICT (platform, channel) DO UPDATE SET services = EXCLUDED.services, updated_at = now()`,
    [platform, channel, JSON.stringify(boundedStack(services))],
  );
}

export async function saveInstallation(db: Queryable, i: SlackInstallation): Promise<void> {
  await db.query(
    `INSERT INTO slack_installations
       (installation_key, enterprise_id, team_id, is_enterprise_install, ciphertext)
     VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (installation_key) DO UPDATE SET enterprise_id = EXCLUDED.enterprise_id,
       team_id = EXCLUDED.team_id, is_enterprise_install = EXCLUDED.is_enterprise_install,
       ciphertext = EXCLUDED.ciphertext, updated_at = now()`,
    [
      installationKey(i),
      i.enterpriseId ?? null,
      i.teamId ?? null,
      i.isEnterpriseInstall,
      i.ciphertext,
    ],
  );
}

interface InstallationRow {
  enterprise_id: string | null;
  team_id: string | null;
  is_enterprise_install: boolean;
  ciphertext: Uint8Array;
}

export async function fetchInstallation(
  db: Queryable,
  key: InstallationKey,
): Promise<SlackInstallation | undefined> {
  const rows = await db.query<InstallationRow>(
    `SELECT enterprise_id, team_id, is_enterprise_install, ciphertext
     FROM slack_installations WHERE installation_key = $1`,
    [installationKey(key)],
  );
  const row = rows[0];
  if (!row) return undefined;
  return {
    enterpriseId: row.enterprise_id ?? undefined,
    teamId: row.team_id ?? undefined,
    isEnterpriseInstall: row.is_enterprise_install,
    // pg gives a Buffer, PGlite a Uint8Array: callers get the plain one from both.
    ciphertext: Uint8Array.from(row.ciphertext),
  };
}

export async function deleteInstallation(db: Queryable, key: InstallationKey): Promise<void> {
  await db.query("DELETE FROM slack_installations WHERE installation_key = $1", [
    installationKey(key),
  ]);
}
