// The customer's checklist for a whole stack: the union of each service's checklist (the items
// the single-service checklist answer lists), grouped by area, each duty once.
import type { SubjectInfo } from "../answers/types.js";
import type { ChecklistItem, Knowledge } from "../knowledge/types.js";
import { nameReaderFor, type ServiceNameReader } from "./names.js";
import { readStack } from "./stack.js";
import type { StackChecklist, StackChecklistItem, StackError, StackService } from "./types.js";

export function buildStackChecklist(
  kb: Knowledge,
  names: readonly string[],
  reader: ServiceNameReader = nameReaderFor(kb),
): StackChecklist | StackError {
  const stack = readStack(kb, names, reader);
  return stack.kind === "stack-error" ? stack : stackChecklistOf(kb, stack.services);
}

/** The union checklist of services already read. */
export function stackChecklistOf(kb: Knowledge, stack: readonly StackService[]): StackChecklist {
  // A checklist belongs to the service, whatever its variant: "eks" and "eks fargate" list one.
  const services = stack.filter(
    (s, i) => stack.findIndex((o) => o.subject.id === s.subject.id) === i,
  );
  const items = unionOf(services);
  const groups = [...kb.areas.values()].flatMap((area) => {
    const inArea = items.filter((i) => i.area === area.id).map(({ area: _a, ...item }) => item);
    return inArea.length > 0 ? [{ area, items: inArea }] : [];
  });
  return { kind: "stack-checklist", services, groups };
}

/** The items the checklist answer lists for a subject: the service's own, else its model's. */
export function checklistOf(subject: SubjectInfo): readonly ChecklistItem[] {
  return subject.service?.checklist ?? subject.model.checklist;
}

/** Every item once, first-listed first; the same duty worded the same is one item. */
function unionOf(
  services: readonly StackService[],
): (StackChecklistItem & { readonly area: string })[] {
  const byKey = new Map<string, StackChecklistItem & { area: string; services: string[] }>();
  for (const { subject } of services) {
    for (const item of checklistOf(subject)) {
      const key = `${item.area}|${sameWording(item.item)}`;
      const found = byKey.get(key);
      if (found) {
        if (!found.services.includes(subject.id)) found.services.push(subject.id);
        continue;
      }
      byKey.set(key, {
        area: item.area,
        item: item.item,
        ...(item.source ? { source: item.source } : {}),
        services: [subject.id],
      });
    }
  }
  return [...byKey.values()];
}

/** Case, spacing and a closing full stop do not make two duties different. */
function sameWording(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, " ").replace(/\.$/, "");
}
