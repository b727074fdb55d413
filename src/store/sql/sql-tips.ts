// The tip scheduler's queries. A day's post is one row, unique per subscription and local date:
// the first runner to insert it has claimed the day, and a claim whose lease ran out without a
// post is taken over by the next, in the same statement so two runners can't both take it.
import type { Platform } from "../store.js";
import type {
  TipClaim,
  TipOrder,
  TipPost,
  TipPostState,
  TipSchedule,
  TipSubscription,
} from "../tip-store.js";
import type { Queryable } from "./db.js";

interface SubscriptionRow {
  id: number;
  platform: Platform;
  channel: string;
  local_time: string;
  timezone: string;
  days: TipSchedule["days"];
  enabled: boolean;
  disabled_reason: string | null;
  created_at: Date;
}

const SUBSCRIPTION_COLUMNS =
  "id, platform, channel, local_time, timezone, days, enabled, disabled_reason, created_at";

function toSubscription(row: SubscriptionRow): TipSubscription {
  return {
    id: row.id,
    platform: row.platform,
    channel: row.channel,
    time: row.local_time,
    timezone: row.timezone,
    days: row.days,
    enabled: row.enabled,
    disabledReason: row.disabled_reason ?? undefined,
    createdAt: row.created_at,
  };
}

export async function subscribeTips(
  db: Queryable,
  platform: Platform,
  channel: string,
  schedule: TipSchedule,
  now: Date,
): Promise<TipSubscription> {
  const rows = await db.query<SubscriptionRow>(
    `INSERT INTO tip_subscriptions (platform, channel, local_time, timezone, days, created_at)
     VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (platform, channel) DO UPDATE SET local_time = EXCLUDED.local_time,
       timezone = EXCLUDED.timezone, days = EXCLUDED.days, enabled = true, disabled_reason = NULL
     RETURNING ${SUBSCRIPTION_COLUMNS}`,
    [platform, channel, schedule.time, schedule.timezone, schedule.days, now],
  );
  const row = rows[0];
  if (!row) throw new Error("the subscription was not saved");
  return toSubscription(row);
}

export async function tipSubscription(db: Queryable, platform: Platform, channel: string) {
  const rows = await db.query<SubscriptionRow>(
    `SELECT ${SUBSCRIPTION_COLUMNS} FROM tip_subscriptions WHERE platform = $1 AND channel = $2`,
    [platform, channel],
  );
  return rows[0] && toSubscription(rows[0]);
}

export async function tipSubscriptions(db: Queryable, enabledOnly: boolean) {
  const rows = await db.query<SubscriptionRow>(
    `SELECT ${SUBSCRIPTION_COLUMNS} FROM tip_subscriptions
     WHERE enabled OR NOT $1 ORDER BY id`,
    [enabledOnly],
  );
  return rows.map(toSubscription);
}

export async function disableTips(
  db: Queryable,
  platform: Platform,
  channel: string,
  reason: string,
) {
  await db.query(
    `UPDATE tip_subscriptions SET enabled = false, disabled_reason = $3
     WHERE platform = $1 AND channel = $2`,
    [platform, channel, reason],
  );
}

export async function deleteTipSubscription(db: Queryable, platform: Platform, channel: string) {
  await db.query("DELETE FROM tip_subscriptions WHERE platform = $1 AND channel = $2", [
    platform,
    channel,
  ]);
}

export async function tipOrder(db: Queryable, platform: Platform, channel: string) {
  const rows = await db.query<{ tip_ids: string[]; position: number }>(
    "SELECT tip_ids, position FROM tip_orders WHERE platform = $1 AND channel = $2",
    [platform, channel],
  );
  const row = rows[0];
  return row && ({ order: row.tip_ids, position: row.position } satisfies TipOrder);
}

export async function saveTipOrder(
  db: Queryable,
  platform: Platform,
  channel: string,
  o: TipOrder,
) {
  await db.query(
    `INSERT INTO tip_orders (platform, channel, tip_ids, position) VALUES ($1, $2, $3, $4)
     ON CONFLICT (platform, channel)
     DO UPDATE SET tip_ids = EXCLUDED.tip_ids, position = EXCLUDED.position`,
    [platform, channel, JSON.stringify(o.order), o.position],
  );
}

export async function claimTipPost(db: Queryable, c: TipClaim, leaseUntil: Date, now: Date) {
  const rows = await db.query(
    `INSERT INTO tip_posts (subscription_id, local_date, state, claimed_by, lease_expires_at)
     VALUES ($1, $2, 'claimed', $3, $4)
     ON CONFLICT (subscription_id, local_date) DO UPDATE
       SET claimed_by = EXCLUDED.claimed_by, lease_expires_at = EXCLUDED.lease_expires_at
       WHERE tip_posts.state = 'claimed' AND tip_posts.lease_expires_at <= $5
     RETURNING subscription_id`,
    [c.subscriptionId, c.localDate, c.runnerId, leaseUntil, now],
  );
  return rows.length > 0;
}

export async function markTipPosted(db: Queryable, c: TipClaim, tipId: string, now: Date) {
  const rows = await db.query(
    `UPDATE tip_posts SET state = 'posted', posted_at = $4, tip_id = $5
     WHERE subscription_id = $1 AND local_date = $2 AND claimed_by = $3 AND state = 'claimed'
     RETURNING subscription_id`,
    [c.subscriptionId, c.localDate, c.runnerId, now, tipId],
  );
  return rows.length > 0;
}

interface PostRow {
  subscription_id: number;
  local_date: string;
  state: TipPostState;
  claimed_by: string;
  lease_expires_at: Date;
  posted_at: Date | null;
  tip_id: string | null;
}

export async function tipPost(db: Queryable, subscriptionId: number, localDate: string) {
  const rows = await db.query<PostRow>(
    `SELECT subscription_id, local_date, state, claimed_by, lease_expires_at, posted_at, tip_id
     FROM tip_posts WHERE subscription_id = $1 AND local_date = $2`,
    [subscriptionId, localDate],
  );
  const row = rows[0];
  if (!row) return undefined;
  return {
    subscriptionId: row.subscription_id,
    localDate: row.local_date,
    state: row.state,
    claimedBy: row.claimed_by,
    leaseExpiresAt: row.lease_expires_at,
    postedAt: row.posted_at ?? undefined,
    tipId: row.tip_id ?? undefined,
  } satisfies TipPost;
}
