// The per-question ratchet: the questions of our sets that are known to fail, one id a line
// ("id  # what it gets wrong", "id wrong-owner  # …" where the owner named is wrong). Every other
// question must pass, and a known failure must not turn into a wrong owner, so a question that
// got better and then worse breaks the build; `npm run eval:ratchet` rewrites the list after a
// real improvement or when a new blind round joins.
import type { CaseResult } from "./score.js";

/** Known failures by id, each saying whether a wrong owner is what is known. */
export function parseKnownFailures(text: string): Map<string, { wrongOwner: boolean }> {
  const known = new Map<string, { wrongOwner: boolean }>();
  for (const line of text.split("\n")) {
    const [id, flag] = line.replace(/#.*$/, "").trim().split(/\s+/);
    if (id) known.set(id, { wrongOwner: flag === "wrong-owner" });
  }
  return known;
}

export function formatKnownFailures(results: readonly CaseResult[]): string {
  const header = [
    "# Questions of test/eval/*.jsonl known to fail today. Every other question must pass.",
    "# Written by `npm run eval:ratchet`; shrink it, never grow it to hide a regression.",
  ];
  const rows = results
    .filter((r) => !r.pass)
    .map((r) => `${r.case.id}${r.wrongOwner ? " wrong-owner" : ""}  # ${r.mismatches.join("; ")}`)
    .sort();
  return `${[...header, ...rows].join("\n")}\n`;
}
