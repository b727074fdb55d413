// How recently the knowledge base was checked against the providers' pages: `kb:check` reports
// the range of `checked` months and how many facts still carry none, and lists them on request,
// so the next audit starts where this one stopped.
import type { Fact, Knowledge } from "./types.js";

export interface Freshness {
  /** Area facts (of services, variants and models), checklist items, myths and tips. */
  readonly facts: number;
  readonly checked: number;
  readonly oldest?: string;
  readonly newest?: string;
}

/** One fact, named as an audit finds it ("aws-eks/fargate operating-system"), and its month. */
export interface DatedFact {
  readonly where: string;
  readonly checked?: string;
}

export function knowledgeFreshness(kb: Knowledge): Freshness {
  const facts = datedFacts(kb);
  const known = facts.flatMap((f) => (f.checked ? [f.checked] : [])).sort();
  return {
    facts: facts.length,
    checked: known.length,
    ...(known.length > 0 ? { oldest: known[0], newest: known.at(-1) } : {}),
  };
}

/** The facts to check next: those never checked, then the oldest months first. */
export function factsToCheck(kb: Knowledge): DatedFact[] {
  const facts = datedFacts(kb);
  const dated = facts.filter((f) => f.checked !== undefined);
  dated.sort((a, b) => (a.checked ?? "").localeCompare(b.checked ?? ""));
  return [...facts.filter((f) => f.checked === undefined), ...dated];
}

/** Every fact with its `checked` month; a stated duty is checked with its area's fact. */
function datedFacts(kb: Knowledge): DatedFact[] {
  const areaFacts = (owner: string, r: Readonly<Record<string, Fact>>) =>
    Object.entries(r).map(([area, f]) => dated(`${owner} ${area}`, f.checked));
  const out: DatedFact[] = [];
  for (const m of kb.models.values()) {
    out.push(...areaFacts(`${m.id} model`, m.defaults));
    out.push(...m.checklist.map((c, i) => dated(`${m.id} model checklist ${i + 1}`, c.checked)));
  }
  for (const s of kb.services.values()) {
    out.push(...areaFacts(s.id, s.responsibilities));
    for (const v of s.variants) out.push(...areaFacts(`${s.id}/${v.id}`, v.responsibilities));
    out.push(...s.checklist.map((c, i) => dated(`${s.id} checklist ${i + 1}`, c.checked)));
  }
  out.push(...kb.misconceptions.map((m) => dated(`myth ${m.id}`, m.checked)));
  out.push(...kb.tips.map((t) => dated(`tip ${t.id}`, t.checked)));
  return out;
}

const dated = (where: string, checked: string | undefined): DatedFact =>
  checked ? { where, checked } : { where };

/** "412 of 1,400 facts checked (2026-12 to 2026-12); 988 not yet": one line for kb:check. */
export function describeFreshness(f: Freshness): string {
  const range = f.oldest ? ` (oldest ${f.oldest}, newest ${f.newest})` : "";
  return `${f.checked} of ${f.facts} facts checked against their sources${range}; ${f.facts - f.checked} not yet`;
}
