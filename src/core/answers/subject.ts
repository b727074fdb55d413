// Everything an answer shows about its subject, looked up once.
import { normalizeAlias } from "../knowledge/normalize.js";
import { aspectsOf, type Ownership, resolveOwnership } from "../knowledge/resolve.js";
import type { Aspect, Knowledge } from "../knowledge/types.js";
import { saysInOrder } from "../match/in-order.js";
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
  const best = bestAspect(aspects, words);
  return resolveOwnership(kb, best ? { ...base, aspect: best.id } : base);
}

// Each aspect's keywords, split and stemmed once.
const stemmedKeywords = new WeakMap<Aspect, string[][]>();

function keywordsOf(aspect: Aspect): string[][] {
  let keywords = stemmedKeywords.get(aspect);
  if (!keywords) {
    keywords = aspect.keywords.map((k) => normalizeAlias(k).split(" ").map(stem));
    stemmedKeywords.set(aspect, keywords);
  }
  return keywords;
}

/** The aspect whose keyword the question says, longest keyword first. */
function bestAspect(
  aspects: readonly Aspect[],
  words: readonly string[],
): { id: string; length: number } | undefined {
  const said = words.map(stem);
  let best: { id: string; length: number } | undefined;
  for (const aspect of aspects) {
    for (const k of keywordsOf(aspect)) {
      if (k.length > 0 && (!best || k.length > best.length) && saysInOrder(said, k)) {
        best = { id: aspect.id, length: k.length };
      }
    }
  }
  return best;
}

/** How long a keyword of this subject's narrower facts the question says (0: none). */
export function aspectMatchLength(
  subject: SubjectInfo,
  area: string | undefined,
  words: readonly string[],
): number {
  const facts = { ...subject.service?.responsibilities, ...subject.variant?.responsibilities };
  const areas = area ? [area] : Object.keys(facts);
  return Math.max(
    0,
    ...areas.map(
      (a) =>
        bestAspect(aspectsOf(facts[a], subject.service?.responsibilities[a]), words)?.length ?? 0,
    ),
  );
}

/**
 * The area a question means when it names none but uses a narrower fact's keyword: "ddb global
 * tables setup, who?" is about availability because global tables are one of its aspects.
 */
export function areaFromAspects(
  subject: SubjectInfo,
  words: readonly string[],
): string | undefined {
  let best: { area: string; length: number } | undefined;
  const facts = { ...subject.service?.responsibilities, ...subject.variant?.responsibilities };
  for (const [area, fact] of Object.entries(facts)) {
    const found = bestAspect(aspectsOf(fact, subject.service?.responsibilities[area]), words);
    if (found && (!best || found.length > best.length)) best = { area, length: found.length };
  }
  return best?.area;
}

/** Inflection-blind comparison: "keeping … patched" matches "keep … patch", "snapshots" "snapshot". */
function stem(word: string): string {
  let w = word;
  if (w.length > 5 && w.endsWith("ing")) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith("ed")) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith("s") && !w.endsWith("ss")) w = w.slice(0, -1);
  return w.length > 3 && w.endsWith("e") ? w.slice(0, -1) : w;
}
