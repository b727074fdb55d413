// The rules for the lists that name other ids: the matcher's word lists, an area's related
// areas and a provider's own services name known services and areas.
import type { ParsedFile } from "./parse.js";
import type { Context } from "./validate.js";

/** The matcher's word lists name known services and areas. */
export function checkMatchingTerms(
  file: ParsedFile<"terms">,
  serviceIds: Set<string>,
  ctx: Context,
): void {
  const m = file.data.matching;
  const lists: [keyof typeof m, Set<string>, string][] = [
    ["supporting_services", serviceIds, "service"],
    ["key_services", serviceIds, "service"],
    ["provider_layers", ctx.areaIds, "area"],
    ["patched_things", ctx.areaIds, "area"],
  ];
  for (const [key, known, what] of lists) {
    for (const [i, item] of m[key].entries()) {
      if (!known.has(item)) ctx.report(file, ["matching", key, i], `unknown ${what} "${item}"`);
    }
  }
}

/** An area's related areas are known areas. */
export function checkRelatedAreas(file: ParsedFile<"areas">, ctx: Context): void {
  for (const [i, area] of file.data.areas.entries()) {
    for (const [j, related] of (area.related ?? []).entries()) {
      if (!ctx.areaIds.has(related))
        ctx.report(file, ["areas", i, "related", j], `unknown area "${related}"`);
    }
  }
}

/** A provider's area services name known areas and known services of that provider. */
export function checkAreaServices(
  file: ParsedFile<"providers">,
  serviceIds: Set<string>,
  ctx: Context,
): void {
  for (const [i, provider] of file.data.providers.entries()) {
    for (const [area, service] of Object.entries(provider.area_services ?? {})) {
      const path = ["providers", i, "area_services", area];
      if (!ctx.areaIds.has(area)) ctx.report(file, path, `unknown area "${area}"`);
      if (!serviceIds.has(service)) ctx.report(file, path, `unknown service "${service}"`);
    }
  }
}
