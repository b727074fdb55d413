// Scores answers against a question set in the format of shared/eval/dev.jsonl.
import { z } from "zod";
import type { ContractJson } from "../core/answers/contract-json.js";

const oneOrMany = z.union([z.string(), z.array(z.string())]).nullable();

export const evalCase = z.object({
  id: z.string(),
  q: z.string(),
  expect: z.object({
    intent: z.string(),
    service: z.string().nullable(),
    area: oneOrMany,
    owner: oneOrMany,
  }),
  why: z.string().optional(),
  source: z.string().nullable().optional(),
});
export type EvalCase = z.infer<typeof evalCase>;

export interface CaseResult {
  readonly case: EvalCase;
  readonly got: ContractJson;
  readonly pass: boolean;
  /** Right service and area, owner not among the acceptable ones: the defect that matters most. */
  readonly wrongOwner: boolean;
  readonly mismatches: readonly string[];
}

const list = (v: string | string[] | null): string[] | null =>
  v === null ? null : Array.isArray(v) ? v : [v];

export function scoreCase(c: EvalCase, got: ContractJson): CaseResult {
  const e = c.expect;
  const mismatches: string[] = [];
  if (got.intent !== e.intent) mismatches.push(`intent ${got.intent} ≠ ${e.intent}`);
  if (e.service !== null && got.service !== e.service)
    mismatches.push(`service ${got.service} ≠ ${e.service}`);
  const areas = list(e.area);
  if (areas && !areas.includes(String(got.area)))
    mismatches.push(`area ${got.area} ∉ ${areas.join("|")}`);
  const owners = list(e.owner);
  if (owners && !owners.includes(String(got.owner)))
    mismatches.push(`owner ${got.owner} ∉ ${owners.join("|")}`);
  const wrongOwner =
    owners !== null &&
    got.owner !== null &&
    !owners.includes(got.owner) &&
    (e.service === null || got.service === e.service) &&
    (areas === null || areas.includes(String(got.area)));
  return { case: c, got, pass: mismatches.length === 0, wrongOwner, mismatches };
}

export interface EvalSummary {
  readonly total: number;
  readonly passed: number;
  readonly wrongOwners: number;
  readonly byIntent: Readonly<Record<string, { total: number; passed: number }>>;
  readonly failures: readonly CaseResult[];
}

export function summarize(results: readonly CaseResult[]): EvalSummary {
  const byIntent: Record<string, { total: number; passed: number }> = {};
  for (const r of results) {
    const entry = byIntent[r.case.expect.intent] ?? { total: 0, passed: 0 };
    byIntent[r.case.expect.intent] = entry;
    entry.total++;
    if (r.pass) entry.passed++;
  }
  return {
    total: results.length,
    passed: results.filter((r) => r.pass).length,
    wrongOwners: results.filter((r) => r.wrongOwner).length,
    byIntent,
    failures: results.filter((r) => !r.pass),
  };
}

export function parseEvalFile(text: string, file: string): EvalCase[] {
  return text
    .split("\n")
    .map((line, i) => ({ line: line.trim(), n: i + 1 }))
    .filter(({ line }) => line !== "")
    .map(({ line, n }) => {
      const parsed = evalCase.safeParse(JSON.parse(line));
      if (!parsed.success)
        throw new Error(`${file}:${n}: ${parsed.error.issues[0]?.message ?? "invalid case"}`);
      return parsed.data;
    });
}
