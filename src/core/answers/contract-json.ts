// The machine interface of srm-contract.md: one JSON object per answer, with `intent`,
// `service`, `area` and `owner` always present (null where they do not apply).
import type { Intent, Owner } from "../contract.js";
import type { Answer, SubjectInfo } from "./types.js";

export interface ContractJson {
  readonly intent: Intent;
  readonly service: string | null;
  readonly area: string | null;
  readonly owner: Owner | null;
  readonly [extra: string]: unknown;
}

export function toContractJson(answer: Answer): ContractJson {
  switch (answer.kind) {
    case "ownership": {
      const o = answer.ownership;
      return {
        intent: "who-owns",
        service: answer.subject.id,
        area: o.area.id,
        owner: o.owner,
        variant: answer.subject.variant?.id ?? null,
        variant_assumed: answer.subject.variantAssumed,
        duty: o.duty?.text ?? null,
        duty_id: o.duty?.id ?? null,
        carried_over: answer.carried ?? null,
        also: (answer.also ?? []).map((a) => ({
          service: a.subject.id,
          area: a.ownership.area.id,
          owner: a.ownership.owner,
        })),
        provider_part: o.provider,
        customer_part: o.customer,
        source: o.source,
        checked: o.checked ?? null,
        when: o.when ?? null,
        retired: retiredOf(answer.subject),
      };
    }
    case "checklist":
      return {
        intent: "checklist",
        service: answer.subject.id,
        area: null,
        owner: null,
        variant: answer.subject.variant?.id ?? null,
        items: answer.items.map((i) => ({
          area: i.area,
          item: i.item,
          checked: i.checked ?? null,
        })),
        retired: retiredOf(answer.subject),
      };
    case "explanation":
      return {
        intent: "explain",
        service: answer.subject.id,
        area: null,
        owner: null,
        variant: answer.subject.variant?.id ?? null,
        summary: answer.summary,
        areas: Object.fromEntries(answer.rows.map((r) => [r.area.id, r.owner])),
      };
    case "myth":
      return {
        intent: "myth",
        service: answer.subject?.id ?? null,
        area: answer.area?.id ?? null,
        owner: answer.owner,
        myth: answer.misconception?.id ?? null,
        reality: answer.misconception?.reality ?? answer.ownership?.customer ?? null,
        still_yours: (answer.stillYours ?? []).map((s) => ({
          area: s.area.id,
          customer_part: s.customer,
        })),
        source: answer.misconception?.source ?? answer.ownership?.source ?? null,
        checked: answer.misconception
          ? (answer.misconception.checked ?? null)
          : (answer.ownership?.checked ?? null),
      };
    case "comparison":
      return {
        intent: "compare",
        service: answer.left.id,
        area: null,
        owner: null,
        with: answer.right.id,
        differences: answer.rows
          .filter((r) => r.left.owner !== r.right.owner)
          .map((r) => ({
            area: r.area.id,
            [answer.left.id]: r.left.owner,
            [answer.right.id]: r.right.owner,
          })),
      };
    case "tip":
      return {
        intent: "tip",
        service: null,
        area: null,
        owner: null,
        tip: answer.tip.text,
        source: answer.tip.source,
        checked: answer.tip.checked ?? null,
      };
    case "help":
      return {
        intent: "help",
        service: null,
        area: null,
        owner: null,
        examples: answer.examples.map((e) => e.command),
      };
    case "clarify":
      return {
        intent: "unknown",
        service: null,
        area: null,
        owner: null,
        question: answer.question,
        suggestions: answer.choices.map((c) => c.command),
      };
    case "unknown":
      return {
        intent: "unknown",
        service: null,
        area: null,
        owner: null,
        message: answer.message,
        suggestions: answer.suggestions.map((c) => c.command),
      };
  }
}

/** When and why the provider ended the service, or null while it runs. */
function retiredOf(subject: SubjectInfo): { on: string; note: string } | null {
  const retired = subject.service?.retired;
  return retired ? { on: retired.on, note: retired.note } : null;
}
