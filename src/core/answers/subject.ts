// Everything an answer shows about its subject, looked up once.
import { type Ownership, resolveOwnership } from "../knowledge/resolve.js";
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

/** The owner of an area for a subject, narrowed to one duty when the question asked about one. */
export function ownershipFor(
  kb: Knowledge,
  subject: SubjectInfo,
  area: string,
  duty?: string,
): Ownership | undefined {
  return resolveOwnership(kb, {
    subject: subject.id,
    area,
    ...(subject.variant ? { variant: subject.variant.id } : {}),
    ...(duty ? { duty } : {}),
  });
}
