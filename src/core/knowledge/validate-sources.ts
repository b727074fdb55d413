// Every source is the provider's own documentation page: its host is on sources.yaml's allowlist,
// and no refused copy (a regional mirror, a raw Markdown file) stands in for the page people open.
import type { FileData, ParsedFile, PathSegment } from "./parse.js";
import type { KnowledgeProblem } from "./types.js";
import type { Report } from "./validate.js";

type SourceRules = FileData<"sources">;

/** Checks every `source` and `sources` value of every file against the rules. */
export function checkSources(
  files: readonly ParsedFile[],
  rules: ParsedFile<"sources"> | undefined,
  report: Report,
  problems: KnowledgeProblem[],
): void {
  if (!rules) {
    problems.push({
      file: "sources.yaml",
      path: "",
      message: "is missing: sources need an allowlist",
    });
    return;
  }
  for (const file of files) {
    for (const [path, url] of sourcesIn(file.data, [])) {
      const why = refusal(url, rules.data);
      if (why) report(file, path, `source ${url} is refused: ${why}`);
    }
  }
}

/** Why a source URL is refused, or undefined when it may be cited. */
export function refusal(url: string, rules: SourceRules): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return "not a URL";
  }
  const host = parsed.hostname;
  for (const rule of rules.refused) {
    if (host !== rule.host) continue;
    if (rule.ends_with === undefined || parsed.pathname.endsWith(rule.ends_with)) return rule.why;
  }
  if (!rules.allowed_hosts.includes(host)) {
    return `${host} is not a provider documentation host (sources.yaml allowed_hosts)`;
  }
  return undefined;
}

/** Each `source` string and `sources` entry in a file's data, with its path. */
function* sourcesIn(node: unknown, path: PathSegment[]): Generator<[PathSegment[], string]> {
  if (Array.isArray(node)) {
    for (const [i, item] of node.entries()) yield* sourcesIn(item, [...path, i]);
    return;
  }
  if (typeof node !== "object" || node === null) return;
  for (const [key, value] of Object.entries(node)) {
    if (key === "source" && typeof value === "string") yield [[...path, key], value];
    else if (key === "sources" && Array.isArray(value)) {
      for (const [i, item] of value.entries()) {
        if (typeof item === "string") yield [[...path, key, i], item];
      }
    } else yield* sourcesIn(value, [...path, key]);
  }
}
