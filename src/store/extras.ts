// The smaller things the bot keeps beside answers: checklist ticks, questions it could not
// answer, a channel's saved stack and Slack installations.
import type { Platform } from "./store.js";

export interface ChecklistStore {
  /** The item ids ticked on one posted checklist (a message key the caller composes). */
  ticks(messageKey: string): Promise<string[]>;
  /** Ticks or unticks one item; returns the ticked ids after the change. */
  setTick(messageKey: string, itemId: string, ticked: boolean): Promise<string[]>;
}

/** A question the bot could not answer, with how often it was asked. */
export interface Gap {
  readonly question: string;
  readonly count: number;
  readonly lastAsked: Date;
}

export interface GapStore {
  /** Counts an unanswered question; mentions and user ids are stripped, long text cut. */
  recordUnanswered(question: string, now: Date): Promise<void>;
  /** The most asked unanswered questions, most asked first (ties: most recent first). */
  gaps(limit: number): Promise<Gap[]>;
}

export interface StackStore {
  /** The service ids a channel saved as its stack; empty when none. */
  savedStack(platform: Platform, channel: string): Promise<string[]>;
  saveStack(platform: Platform, channel: string, services: readonly string[]): Promise<void>;
}

/** Which installation: an org-wide install is found by enterprise, any other by team. */
export interface InstallationKey {
  readonly enterpriseId?: string | undefined;
  readonly teamId?: string | undefined;
  readonly isEnterpriseInstall: boolean;
}

/** A Slack installation as kept: the caller encrypts it, the store keeps the bytes opaque. */
export interface SlackInstallation extends InstallationKey {
  readonly ciphertext: Uint8Array;
}

export interface InstallationStore {
  saveInstallation(installation: SlackInstallation): Promise<void>;
  fetchInstallation(key: InstallationKey): Promise<SlackInstallation | undefined>;
  deleteInstallation(key: InstallationKey): Promise<void>;
}

/** The one string an installation is kept under, the same in every store. */
export function installationKey(key: InstallationKey): string {
  if (key.isEnterpriseInstall) return `E:${key.enterpriseId ?? ""}`;
  return `T:${key.enterpriseId ?? ""}:${key.teamId ?? ""}`;
}
