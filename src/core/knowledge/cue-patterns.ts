// How a cue's patterns become one regular expression over a message's words. Shared by the
// loader's check (every pattern compiles) and the matcher, so both read a pattern the same way.
import type { CuePlace } from "./cue-names.js";

/** What `{provider}` stands for: every provider alias and the generic words, longest first. */
export function providerAlternation(names: readonly string[]): string {
  const escaped = [...new Set(names)]
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return `(?:${escaped.join("|")})`;
}

/** A pattern with its placeholders filled in; throws on a placeholder nobody defines. */
export function expandPattern(pattern: string, provider: string): string {
  return pattern.replace(/\{([a-z_]+)\}/g, (_, name: string) => {
    if (name === "provider") return provider;
    throw new Error(`unknown placeholder {${name}}`);
  });
}

/** One expression matching any of the patterns as whole words, at the place the cue asks. */
export function cueExpression(patterns: readonly string[], at: CuePlace = "anywhere"): string {
  const any = `(?:${patterns.join("|")})`;
  switch (at) {
    case "start":
      return `^${any}(?= |$)`;
    case "end":
      return `(?:^| )${any}$`;
    case "whole":
      return `^${any}$`;
    default:
      return `(?:^| )${any}(?= |$)`;
  }
}
