// The schema, as numbered migrations: never edit one that has shipped, add the next instead.
import type { Migration } from "./migrate.js";

const answers = `
CREATE TABLE listening (
  channel TEXT PRIMARY KEY,
  since TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE TABLE bot_threads (
  thread_key TEXT PRIMARY KEY,
  expires_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX bot_threads_expiry ON bot_threads (expires_at);
CREATE TABLE feedback (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  platform TEXT NOT NULL,
  verdict TEXT NOT NULL CHECK (verdict IN ('up', 'down')),
  answer_kind TEXT NOT NULL,
  question TEXT NOT NULL,
  user_id TEXT NOT NULL,
  at TIMESTAMPTZ NOT NULL
);
CREATE TABLE conversation_refs (
  platform TEXT NOT NULL,
  conversation_id TEXT NOT NULL,
  reference JSONB NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  PRIMARY KEY (platform, conversation_id)
);
CREATE TABLE dedup_keys (
  dedup_key TEXT PRIMARY KEY,
  expires_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX dedup_keys_expiry ON dedup_keys (expires_at);
`;

const extras = `
CREATE TABLE slack_installations (
  installation_key TEXT PRIMARY KEY,
  enterprise_id TEXT,
  team_id TEXT,
  is_enterprise_install BOOLEAN NOT NULL,
  ciphertext BYTEA NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE TABLE checklist_ticks (
  message_key TEXT NOT NULL,
  item_id TEXT NOT NULL,
  ticked_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  PRIMARY KEY (message_key, item_id)
);
CREATE TABLE unanswered_questions (
  question_key TEXT PRIMARY KEY,
  question TEXT NOT NULL CHECK (char_length(question) <= 300),
  asked_count INTEGER NOT NULL,
  last_asked TIMESTAMPTZ NOT NULL
);
CREATE INDEX unanswered_most_asked ON unanswered_questions (asked_count DESC, last_asked DESC);
CREATE TABLE saved_stacks (
  platform TEXT NOT NULL,
  channel TEXT NOT NULL,
  services JSONB NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  PRIMARY KEY (platform, channel)
);
`;

const tips = `
CREATE TABLE tip_subscriptions (
  id INTEGER GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  platform TEXT NOT NULL,
  channel TEXT NOT NULL,
  local_time TEXT NOT NULL CHECK (local_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
  timezone TEXT NOT NULL,
  days TEXT NOT NULL CHECK (days IN ('weekdays', 'daily')),
  enabled BOOLEAN NOT NULL DEFAULT true,
  disabled_reason TEXT,
  created_at TIMESTAMPTZ NOT NULL,
  UNIQUE (platform, channel)
);
CREATE TABLE tip_orders (
  platform TEXT NOT NULL,
  channel TEXT NOT NULL,
  tip_ids JSONB NOT NULL,
  position INTEGER NOT NULL CHECK (position >= 0),
  PRIMARY KEY (platform, channel)
);
CREATE TABLE tip_posts (
  subscription_id INTEGER NOT NULL REFERENCES tip_subscriptions (id) ON DELETE CASCADE,
  local_date TEXT NOT NULL CHECK (local_date ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
  state TEXT NOT NULL CHECK (state IN ('claimed', 'posted')),
  claimed_by TEXT NOT NULL,
  lease_expires_at TIMESTAMPTZ NOT NULL,
  posted_at TIMESTAMPTZ,
  tip_id TEXT,
  UNIQUE (subscription_id, local_date)
);
`;

export const MIGRATIONS: readonly Migration[] = [
  { id: 1, name: "answers", sql: answers },
  { id: 2, name: "checklists, gaps, stacks, installations", sql: extras },
  { id: 3, name: "daily tips", sql: tips },
];
