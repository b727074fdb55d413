// What the bot keeps between requests, behind a small interface so a database can replace the
// in-memory store without touching the adapters.

export interface Feedback {
  readonly platform: "slack" | "teams";
  readonly verdict: "up" | "down";
  readonly answerKind: string;
  readonly question: string;
  readonly user: string;
  readonly at: Date;
}

export interface Store {
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
  /**
   * True the first time a key is claimed within `ttlMs`, false after: a signed request replayed
   * inside the signature window is answered once. Shared by replicas once the store is shared.
   */
  claimOnce(key: string, ttlMs: number): Promise<boolean>;
}
