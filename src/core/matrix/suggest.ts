// The known services closest to a name that could not be read, for the error that names it.
// Fuse.js ranks every service's id, name and aliases; a service is offered once, by its best alias.
import Fuse from "fuse.js";
import type { Knowledge } from "../knowledge/types.js";
import type { ServiceSuggestion } from "./types.js";

interface AliasEntry {
  readonly alias: string;
  readonly service: string;
}

/** Loose enough to catch "cosmoss db" or "blobstore", strict enough to offer nothing for "foo". */
const THRESHOLD = 0.4;

const indexes = new WeakMap<Knowledge, Fuse<AliasEntry>>();

function aliasIndex(kb: Knowledge): Fuse<AliasEntry> {
  let index = indexes.get(kb);
  if (!index) {
    const entries = [...kb.services.values()].flatMap((s) =>
      [s.id, s.name, ...s.aliases].map((alias) => ({ alias: alias.toLowerCase(), service: s.id })),
    );
    index = new Fuse(entries, {
      keys: ["alias"],
      includeScore: true,
      threshold: THRESHOLD,
      ignoreLocation: true,
    });
    indexes.set(kb, index);
  }
  return index;
}

/** Up to `limit` services whose names come closest to `name`, best first. */
export function closestServices(kb: Knowledge, name: string, limit = 3): ServiceSuggestion[] {
  const query = name.trim().toLowerCase();
  if (query === "") return [];
  const ids: string[] = [];
  for (const hit of aliasIndex(kb).search(query)) {
    if (!ids.includes(hit.item.service)) ids.push(hit.item.service);
    if (ids.length === limit) break;
  }
  return ids.flatMap((id) => suggestionOf(kb, id) ?? []);
}

export function suggestionOf(kb: Knowledge, id: string): ServiceSuggestion | undefined {
  const service = kb.services.get(id);
  return service ? { id: service.id, name: service.name } : undefined;
}
