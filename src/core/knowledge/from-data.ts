// Indexes validated knowledge data by id. Kept apart from the loader so that a process
// starting from a snapshot never loads the YAML parser or the schemas.
import type { Knowledge, KnowledgeData } from "./types.js";

export function knowledgeFromData(data: KnowledgeData): Knowledge {
  const byId = <T extends { id: string }>(items: readonly T[]) =>
    new Map(items.map((item) => [item.id, item] as const));
  return {
    areas: byId(data.areas),
    providers: byId(data.providers),
    categories: byId(data.categories),
    models: new Map(data.models.map((m) => [m.id, m] as const)),
    services: byId(data.services),
    misconceptions: data.misconceptions,
    tips: data.tips,
    decisionTree: data.decisionTree,
    ambiguousTerms: data.ambiguousTerms,
    outOfScope: data.outOfScope,
    matching: data.matching,
    cues: data.cues,
  };
}
