// Counts that `kb:check` reports, so a change to the knowledge base shows its size at a glance.
import type { Fact, Knowledge } from "./types.js";

export interface KnowledgeStats {
  services: number;
  variants: number;
  areas: number;
  models: number;
  aliases: number;
  sourcedFacts: number;
  duties: number;
  misconceptions: number;
  checklistItems: number;
  tips: number;
}

export function knowledgeStats(kb: Knowledge): KnowledgeStats {
  const services = [...kb.services.values()];
  const facts: Fact[] = services.flatMap((s) => [
    ...Object.values(s.responsibilities),
    ...s.variants.flatMap((v) => Object.values(v.responsibilities)),
  ]);
  return {
    services: services.length,
    variants: services.reduce((n, s) => n + s.variants.length, 0),
    areas: kb.areas.size,
    models: kb.models.size,
    aliases: services.reduce(
      (n, s) => n + s.aliases.length + s.variants.reduce((m, v) => m + v.aliases.length, 0),
      0,
    ),
    sourcedFacts: facts.length,
    duties: facts.reduce((n, f) => n + (f.duties?.length ?? 0), 0),
    misconceptions: kb.misconceptions.length,
    checklistItems:
      services.reduce((n, s) => n + s.checklist.length, 0) +
      [...kb.models.values()].reduce((n, m) => n + m.checklist.length, 0),
    tips: kb.tips.length,
  };
}
