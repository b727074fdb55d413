// What the bot keeps between requests, behind a small interface so a database can replace the
// in-memory store without touching the adapters.
import type { ChecklistStore, GapStore, InstallationStore, StackStore } from "./extras.js";
import type { TipStore } from "./tip-store.js";

export type {
  ChecklistStore,
  Gap,
  GapStore,
  InstallationKey,
  InstallationStore,
  SlackInstallation,
  StackStore,
} from "./extras.js";
export type * from "./tip-store.js";

export type Platform = "slack" | "teams";

export interface Feedback {
  readonly platform: Platform;
  readonly verdict: "up" | "down";
  readonly answerKind: string;
  readonly question: string;
  readonly user: string;
  readonly at: Date;
}

/** What the answer path reads and writes: each call may throw when a database is down. */
export interface AnswerStore {
  /** Channels where the bot answers confident questions without a mention (Slack listen mode). */
  isListening(channel: string): Promise<boolean>;
  setListening(channel: string, on: boolean): Promise<void>;
  /** Threads the bot has answered in, where follow-ups need no mention. */
  rememberThread(key: string): Promise<void>;
  isBotThread(key: string): Promise<boolean>;
  recordFeedback(feedback: Feedback): Promise<void>;
  /** Where the bot can post unasked (a Teams conversation reference), by conversation id. */
  saveConversation(platform: "teams", id: string, reference: unknown): Promise<void>;
  conversations(platform: "teams"): Promise<{ id: string; reference: unknown }[]>;
  /** One conversation's reference (a daily tip is posted through it), if kept. */
  conversation(platform: "teams", id: string): Promise<unknown | undefined>;
  /**
   * True the first time a key is claimed within `ttlMs`, false after: a signed request replayed
   * inside the signature window is answered once. Shared by replicas once the store is shared.
   */
  claimOnce(key: string, ttlMs: number): Promise<boolean>;
}

export interface Store
  extends AnswerStore,
    ChecklistStore,
    GapStore,
    StackStore,
    InstallationStore,
    TipStore {
  /** True when the store answers now: for a readiness probe. Never throws. */
  ping(): Promise<boolean>;
  /** Releases connections and locks; the store is unusable after. */
  close(): Promise<void>;
}
