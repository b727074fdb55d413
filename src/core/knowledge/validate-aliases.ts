// Alias rules: an alias names one thing only, and a service alias is never a name plus area
// words (it would swallow the area a question asks about).
import { normalizeAlias } from "./normalize.js";
import type { ParsedFile, PathSegment } from "./parse.js";
import type { ParsedSet, Report } from "./validate.js";

export interface AliasClaim {
  file: ParsedFile;
  path: PathSegment[];
  alias: string;
  owner: string;
}

/** Alias claims of a list of items: the id itself, its aliases and those of its variants. */
export function claimsOf(
  file: ParsedFile,
  base: PathSegment[],
  items: readonly { id: string; aliases: string[]; variants?: { aliases: string[] }[] }[],
): AliasClaim[] {
  return items.flatMap((item, i) => [
    { file, path: [...base, i, "id"], alias: item.id, owner: item.id },
    ...item.aliases.map((alias, j) => ({
      file,
      path: [...base, i, "aliases", j],
      alias,
      owner: item.id,
    })),
    ...(item.variants ?? []).flatMap((v, j) =>
      v.aliases.map((alias, k) => ({
        file,
        path: [...base, i, "variants", j, "aliases", k],
        alias,
        owner: item.id,
      })),
    ),
  ]);
}

/** An alias names one thing only: two owners for one alias would make the bot guess. */
export function checkAliasesUnique(claims: AliasClaim[], report: Report): void {
  const owners = new Map<string, string>();
  for (const { file, path, alias, owner } of claims) {
    const key = normalizeAlias(alias);
    const first = owners.get(key);
    if (first !== undefined && first !== owner)
      report(file, path, `alias "${alias}" is already claimed by ${first}`);
    else owners.set(key, owner);
  }
}

/**
 * "kms keys" is "kms" plus the area word "keys": as an alias it swallows the area a question
 * asks about ("rotation of our kms keys"). A service alias may not be another alias of the same
 * service followed or preceded by area words.
 */
export function checkAliasesNameNoArea(set: ParsedSet, report: Report): void {
  // Compared plural-blind: "kms key" is "kms" plus "keys" too.
  const stem = (phrase: string) =>
    normalizeAlias(phrase)
      .split(" ")
      .map((w) => (w.length > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.slice(0, -1) : w))
      .join(" ");
  const areaWords = new Set(
    (set.areas?.data.areas ?? []).flatMap((a) => [a.id, ...a.aliases]).map(stem),
  );
  for (const file of set.services) {
    for (const [i, svc] of file.data.services.entries()) {
      const names = new Set([svc.id, svc.name, ...svc.aliases].map(stem));
      for (const [j, alias] of svc.aliases.entries()) {
        const words = stem(alias).split(" ");
        for (let cut = 1; cut < words.length; cut++) {
          const head = words.slice(0, cut).join(" ");
          const tail = words.slice(cut).join(" ");
          if (
            (names.has(head) && areaWords.has(tail)) ||
            (names.has(tail) && areaWords.has(head))
          ) {
            report(
              file,
              ["services", i, "aliases", j],
              `alias "${alias}" is a name plus the area words "${names.has(head) ? tail : head}": drop it`,
            );
            break;
          }
        }
      }
    }
  }
}
