// How recently the knowledge base was checked against the providers' pages: `kb:check` reports
// the range of `checked` months and how many facts still carry none.
import type { Knowledge } from "./types.js";

export interface Freshness {
  /** Area facts (of services, variants and models), checklist items, myths and tips. */
  readonly facts: number;
  readonly checked: number;
  readonly oldest?: string;
  readonly newest?: string;
}

export function knowledgeFreshness(kb: Knowledge): Freshness {
  const months = checkedMonths(kb);
  const known = months.filter((m): m is string => m !== undefined).sort();
  return {
    facts: months.length,
    checked: known.length,
    ...(known.length > 0 ? { oldest: known[0], newest: known.at(-1) } : {}),
  };
}

/** Every fact's `checked` month, undefined where it has none; a stated duty goes with its area. */
function checkedMonths(kb: Knowledge): (string | undefined)[] {
  const services = [...kb.services.values()];
  const models = [...kb.models.values()];
  const facts = [
    ...models.flatMap((m) => Object.values(m.defaults)),
    ...services.flatMap((s) => [
      ...Object.values(s.responsibilities),
      ...s.variants.flatMap((v) => Object.values(v.responsibilities)),
    ]),
  ];
  const checklists = [...models, ...services].flatMap((s) => s.checklist);
  return [
    ...facts.map((f) => f.checked),
    ...checklists.map((i) => i.checked),
    ...kb.misconceptions.map((m) => m.checked),
    ...kb.tips.map((t) => t.checked),
  ];
}

/** "412 of 1,400 facts checked (2026-12 to 2026-12); 988 not yet": one line for kb:check. */
export function describeFreshness(f: Freshness): string {
  const range = f.oldest ? ` (oldest ${f.oldest}, newest ${f.newest})` : "";
  return `${f.checked} of ${f.facts} facts checked against their sources${range}; ${f.facts - f.checked} not yet`;
}
