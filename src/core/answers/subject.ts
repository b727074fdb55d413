// Everything an answer shows about its subject, looked up once.
import { normalizeAlias } from "../knowledge/normalize.js";
import { aspectsOf, type Ownership, resolveOwnership } from "../knowledge/resolve.js";
import type { Knowledge } from "../knowledge/types.js";
import type { SubjectRef } from "../match/subjects.js";
import type { SubjectInfo } from "./types.js";

export function subjectInfo(kb: Knowledge, ref: SubjectRef): SubjectInfo | undefined {
  const service = kb.services.get(ref.id);
  if (service) {
    const model = kb.models.get(service.model);
    if (!model) return undefined;
    const named = service.variants.find((v) => v.id === ref.variant);
    const assumed = named
      ? undefined
      : service.variants.find((v) => v.id === service.defaultVariant);
    const variant = named ?? assumed;
    const provider = kb.providers.get(service.provider);
    const category = kb.categories.get(service.category);
    return {
      id: service.id,
      name: service.name,
      kind: "service",
      model,
      service,
      ...(provider ? { provider } : {}),
      ...(category ? { category } : {}),
      ...(variant ? { variant } : {}),
      variantAssumed: assumed !== undefined,
    };
  }
  const model = kb.models.get(ref.id as "iaas");
  if (!model) return undefined;
  return { id: model.id, name: model.name, kind: "model", model, variantAssumed: false };
}

/**
 * The owner of an area for a subject, narrowed to an aspect when the question uses one of its
 * keywords ("multi-az", "manual snapshots"). The longest keyword found wins.
 */
export function ownershipFor(
  kb: Knowledge,
  subject: SubjectInfo,
  area: string,
  words: readonly string[] = [],
): Ownership | undefined {
  const base = {
    subject: subject.id,
    area,
    ...(subject.variant ? { variant: subject.variant.id } : {}),
  };
  const serviceFact = subject.service?.responsibilities[area];
  const aspects = aspectsOf(subject.variant?.responsibilities[area] ?? serviceFact, serviceFact);
  const said = words.map(stem);
  let best: { id: string; length: number } | undefined;
  for (const aspect of aspects) {
    for (const keyword of aspect.keywords) {
      const k = normalizeAlias(keyword).split(" ").map(stem);
      if (k.length > 0 && saysInOrder(said, k) && (!best || k.length > best.length)) {
        best = { id: aspect.id, length: k.length };
      }
    }
  }
  return resolveOwnership(kb, best ? { ...base, aspect: best.id } : base);
}

/** The keyword's words in order, with at most one other word between two of them ("major postgres version"). */
function saysInOrder(words: readonly string[], keyword: readonly string[]): boolean {
  for (let start = 0; start < words.length; start++) {
    if (words[start] !== keyword[0]) continue;
    let at = start;
    let ok = true;
    for (const k of keyword.slice(1)) {
      if (words[at + 1] === k) at += 1;
      else if (words[at + 2] === k) at += 2;
      else {
        ok = false;
        break;
      }
    }
    if (ok) return true;
  }
  return false;
}

/** Plural-blind comparison of keywords: "snapshots" matches the keyword "manual snapshot". */
function stem(word: string): string {
  return word.length > 3 && word.endsWith("s") && !word.endsWith("ss") ? word.slice(0, -1) : word;
}
