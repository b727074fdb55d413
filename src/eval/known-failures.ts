// The per-question ratchet: the questions of our sets that are known to fail, one id a line
// ("id  # what it gets wrong"). Every other question must pass, so a question that passed and
// now fails breaks the build; `npm run eval:ratchet` rewrites the list after a real improvement.
import type { CaseResult } from "./score.js";

export function parseKnownFailures(text: string): Set<string> {
  return new Set(
    text
      .split("\n")
      .map((line) => line.replace(/#.*$/, "").trim())
      .filter((line) => line !== ""),
  );
}

export function formatKnownFailures(results: readonly CaseResult[]): string {
  const header = [
    "# Questions of test/eval/*.jsonl known to fail today. Every other question must pass.",
    "# Written by `npm run eval:ratchet`; shrink it, never grow it to hide a regression.",
  ];
  const rows = results
    .filter((r) => !r.pass)
    .map((r) => `${r.case.id}  # ${r.mismatches.join("; ")}`)
    .sort();
  return `${[...header, ...rows].join("\n")}\n`;
}
