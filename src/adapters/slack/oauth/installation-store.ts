// Bolt's installation store over ours: each installation (the whole JSON Bolt hands over, its
// bot token inside) is sealed with AES-256-GCM before it reaches the database and opened on the
// way back. A record that does not open (another key, or altered) is logged, without secrets,
// and treated as not installed: the team installs the app again.
import type { Installation, InstallationQuery, InstallationStore } from "@slack/bolt";
import { LRUCache } from "lru-cache";
import type { Logger } from "../../../observability/logger.js";
import {
  type InstallationKey,
  type InstallationStore as Installations,
  installationKey,
} from "../../../store/extras.js";
import { open, SealError, seal } from "./seal.js";

/** Thrown by fetchInstallation when a team has no usable installation (Bolt's convention). */
export class NotInstalledError extends Error {
  override name = "NotInstalledError";
}

/**
 * Opened installations are kept a minute, so a busy team's requests do not each read and open
 * its record; a new install or a delete in this process drops its entry at once (another
 * replica's uninstall is seen within the minute, and Slack refuses the revoked token meanwhile).
 */
const OPENED_TTL_MS = 60_000;
const OPENED_MAX = 10_000;

export function encryptedInstallationStore(
  store: Installations,
  key: Uint8Array,
  logger: Logger,
): Required<InstallationStore> {
  const opened = new LRUCache<string, Installation>({ max: OPENED_MAX, ttl: OPENED_TTL_MS });
  return {
    async storeInstallation<V extends "v1" | "v2">(installation: Installation<V, boolean>) {
      const where = keyOfInstallation(installation);
      const ciphertext = seal(key, JSON.stringify(installation), installationKey(where));
      await store.saveInstallation({ ...where, ciphertext });
      opened.delete(installationKey(where));
      logger.info(ids(where), "Slack: installation saved");
    },

    async fetchInstallation(query) {
      const where = keyOfQuery(query);
      const cached = opened.get(installationKey(where));
      if (cached) return cached;
      const record = await store.fetchInstallation(where);
      if (!record) throw new NotInstalledError(`Slack: not installed (${describe(where)})`);
      try {
        const installation = parseInstallation(
          open(key, record.ciphertext, installationKey(where)),
        );
        opened.set(installationKey(where), installation);
        return installation;
      } catch (error) {
        // Only the ids and the kind of failure: never the record, the key or the plaintext.
        const reason = error instanceof SealError ? error.message : "unreadable installation";
        logger.error(
          { ...ids(where), reason },
          "Slack: a stored installation could not be opened (wrong SRM_ENCRYPTION_KEY, or altered); treated as not installed",
        );
        throw new NotInstalledError(`Slack: not installed (${describe(where)})`);
      }
    },

    async deleteInstallation(query) {
      const where = keyOfQuery(query);
      await store.deleteInstallation(where);
      opened.delete(installationKey(where));
      logger.info(ids(where), "Slack: installation deleted");
    },
  };
}

/** An org-wide install is kept by enterprise, any other by team (and enterprise, if any). */
function keyOfInstallation(installation: Installation): InstallationKey {
  const isEnterpriseInstall = installation.isEnterpriseInstall === true;
  return {
    enterpriseId: installation.enterprise?.id,
    teamId: isEnterpriseInstall ? undefined : installation.team?.id,
    isEnterpriseInstall,
  };
}

function keyOfQuery(query: InstallationQuery<boolean>): InstallationKey {
  return {
    enterpriseId: query.enterpriseId,
    teamId: query.isEnterpriseInstall ? undefined : query.teamId,
    isEnterpriseInstall: query.isEnterpriseInstall,
  };
}

function parseInstallation(text: string): Installation {
  const value: unknown = JSON.parse(text);
  const bot = (value as { bot?: { token?: unknown } } | null)?.bot;
  if (typeof bot?.token !== "string") throw new Error("an installation without a bot token");
  return value as Installation;
}

function ids(key: InstallationKey): Record<string, string | boolean> {
  return {
    ...(key.enterpriseId ? { enterpriseId: key.enterpriseId } : {}),
    ...(key.teamId ? { teamId: key.teamId } : {}),
    isEnterpriseInstall: key.isEnterpriseInstall,
  };
}

function describe(key: InstallationKey): string {
  return key.isEnterpriseInstall
    ? `enterprise ${key.enterpriseId ?? "?"}`
    : `team ${key.teamId ?? "?"}${key.enterpriseId ? ` in ${key.enterpriseId}` : ""}`;
}
