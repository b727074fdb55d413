// The rules that span files: ids must be known, the contract's ids present, aliases unique,
// every service stating the areas the product promises. Each rule reports, never throws.
import {
  CONTRACT_AREAS,
  CONTRACT_SERVICES,
  REQUIRED_SERVICE_AREAS,
  SERVICE_MODELS,
} from "../contract.js";
import type { FileData, ParsedFile, PathSegment } from "./parse.js";
import type { KnowledgeProblem } from "./types.js";
import { checkAliasesNameNoArea, checkAliasesUnique, claimsOf } from "./validate-aliases.js";
import { checkCues } from "./validate-cues.js";
import { checkDutyTexts } from "./validate-duties.js";
import { checkSources } from "./validate-sources.js";
import { checkAreaServices, checkMatchingTerms, checkRelatedAreas } from "./validate-terms.js";

export interface ParsedSet {
  areas?: ParsedFile<"areas">;
  providers?: ParsedFile<"providers">;
  categories?: ParsedFile<"categories">;
  models?: ParsedFile<"models">;
  decisionTree?: ParsedFile<"decision-tree">;
  terms?: ParsedFile<"terms">;
  cues?: ParsedFile<"cues">;
  sources?: ParsedFile<"sources">;
  services: ParsedFile<"services">[];
  misconceptions: ParsedFile<"misconceptions">[];
  tips: ParsedFile<"tips">[];
}

export type Report = (file: ParsedFile, path: readonly PathSegment[], message: string) => void;
type Service = FileData<"services">["services"][number];
type Fact = Service["responsibilities"][string];

/** What every rule needs: the known ids and a way to report a problem at a path. */
export interface Context {
  report: Report;
  areaIds: Set<string>;
  subjectIds: Set<string>;
  providerIds: Set<string>;
  modelIds: Set<string>;
  categoryIds: Set<string>;
}

export function validateKnowledge(set: ParsedSet): KnowledgeProblem[] {
  const problems: KnowledgeProblem[] = [];
  const serviceIds = new Set(set.services.flatMap((f) => f.data.services.map((s) => s.id)));
  const modelIds = new Set(set.models?.data.models.map((m) => m.id));
  const ctx: Context = {
    report: (file, path, message) => problems.push(file.problemAt(path, message)),
    areaIds: new Set(set.areas?.data.areas.map((a) => a.id)),
    subjectIds: new Set([...serviceIds, ...modelIds]),
    providerIds: new Set(set.providers?.data.providers.map((p) => p.id)),
    modelIds,
    categoryIds: new Set(set.categories?.data.categories.map((c) => c.id)),
  };

  checkContractCoverage(set, ctx.areaIds, serviceIds, modelIds, problems);
  checkSources(filesOf(set), set.sources, ctx.report, problems);
  checkUniqueIds(set, ctx.report);
  if (set.areas) checkRelatedAreas(set.areas, ctx);
  if (set.providers) checkAreaServices(set.providers, serviceIds, ctx);
  if (set.areas)
    checkAliasesUnique(claimsOf(set.areas, ["areas"], set.areas.data.areas), ctx.report);
  if (set.models) checkModels(set.models, ctx);
  for (const file of set.services) checkServices(file, ctx);
  checkAliasesUnique(
    [
      ...(set.models ? claimsOf(set.models, ["models"], set.models.data.models) : []),
      ...set.services.flatMap((f) => claimsOf(f, ["services"], f.data.services)),
      ...(set.terms
        ? claimsOf(set.terms, ["ambiguous_terms"], set.terms.data.ambiguous_terms)
        : []),
      ...(set.terms
        ? claimsOf(set.terms, ["out_of_scope", "outside"], set.terms.data.out_of_scope.outside)
        : []),
    ],
    ctx.report,
  );
  if (set.areas) checkAliasesNameNoArea(set, ctx.report);
  if (set.terms) checkMatchingTerms(set.terms, serviceIds, ctx);
  if (set.cues) checkCues(set.cues, set.providers, ctx.report);
  if (set.terms)
    checkDutyTexts(set.services, set.models, set.terms.data.matching.asking_verbs, ctx.report);
  for (const [i, term] of (set.terms?.data.ambiguous_terms ?? []).entries()) {
    for (const [j, subject] of term.services.entries()) {
      if (!serviceIds.has(subject) && set.terms) {
        ctx.report(
          set.terms,
          ["ambiguous_terms", i, "services", j],
          `unknown service "${subject}"`,
        );
      }
    }
  }
  for (const file of set.misconceptions) {
    for (const [i, m] of file.data.misconceptions.entries()) {
      checkRefs(file, ["misconceptions", i], m, ctx);
    }
  }
  for (const file of set.tips) {
    for (const [i, t] of file.data.tips.entries()) checkRefs(file, ["tips", i], t, ctx);
  }
  if (set.decisionTree) {
    for (const [i, step] of set.decisionTree.data.decision_tree.steps.entries()) {
      checkAreas(set.decisionTree, ["decision_tree", "steps", i, "areas"], step.areas, ctx);
    }
  }
  return problems;
}

function checkAreas(
  file: ParsedFile,
  path: readonly PathSegment[],
  areas: readonly string[],
  ctx: Context,
): void {
  for (const [j, area] of areas.entries()) {
    if (!ctx.areaIds.has(area)) ctx.report(file, [...path, j], `unknown area "${area}"`);
  }
}

/** A myth or a tip names the services and areas it is about: each must exist. */
function checkRefs(
  file: ParsedFile,
  path: readonly PathSegment[],
  item: { services: string[]; areas: string[] },
  ctx: Context,
): void {
  for (const [j, subject] of item.services.entries()) {
    if (!ctx.subjectIds.has(subject)) {
      ctx.report(file, [...path, "services", j], `unknown service or model "${subject}"`);
    }
  }
  checkAreas(file, [...path, "areas"], item.areas, ctx);
}

function checkModels(file: ParsedFile<"models">, ctx: Context): void {
  for (const [i, model] of file.data.models.entries()) {
    if (!(SERVICE_MODELS as readonly string[]).includes(model.id)) {
      ctx.report(
        file,
        ["models", i, "id"],
        `"${model.id}" is not a service model (iaas, paas, saas)`,
      );
    }
    for (const area of Object.keys(model.defaults)) {
      if (!ctx.areaIds.has(area))
        ctx.report(file, ["models", i, "defaults", area], `unknown area "${area}"`);
    }
    for (const area of ctx.areaIds) {
      if (!(area in model.defaults)) {
        ctx.report(file, ["models", i, "defaults"], `has no default for area "${area}"`);
      }
    }
    for (const [j, item] of model.checklist.entries()) {
      checkAreas(file, ["models", i, "checklist", j, "area"], [item.area], ctx);
    }
  }
}

function checkServices(file: ParsedFile<"services">, ctx: Context): void {
  for (const [i, svc] of file.data.services.entries()) {
    const at = (...rest: PathSegment[]) => ["services", i, ...rest];
    const known: [Set<string>, string, string][] = [
      [ctx.providerIds, "provider", svc.provider],
      [ctx.modelIds, "model", svc.model],
      [ctx.categoryIds, "category", svc.category],
    ];
    for (const [ids, field, value] of known) {
      if (!ids.has(value)) ctx.report(file, at(field), `unknown ${field} "${value}"`);
    }
    checkFacts(file, at("responsibilities"), svc.responsibilities, ctx);
    for (const area of REQUIRED_SERVICE_AREAS) {
      if (!(area in svc.responsibilities)) {
        ctx.report(file, at("responsibilities"), `must state area "${area}" with a source`);
      }
    }
    const variantIds = new Set<string>();
    for (const [j, v] of (svc.variants ?? []).entries()) {
      if (variantIds.has(v.id))
        ctx.report(file, at("variants", j, "id"), `duplicate variant id "${v.id}"`);
      variantIds.add(v.id);
      checkFacts(file, at("variants", j, "responsibilities"), v.responsibilities, ctx);
    }
    if (svc.default_variant !== undefined && !variantIds.has(svc.default_variant)) {
      ctx.report(
        file,
        at("default_variant"),
        `names no variant of ${svc.id}: "${svc.default_variant}"`,
      );
    }
    for (const [j, item] of svc.checklist.entries()) {
      if (!ctx.areaIds.has(item.area))
        ctx.report(file, at("checklist", j, "area"), `unknown area "${item.area}"`);
    }
  }
}

function checkFacts(
  file: ParsedFile,
  path: readonly PathSegment[],
  facts: Record<string, Fact>,
  ctx: Context,
): void {
  for (const [area, fact] of Object.entries(facts)) {
    if (!ctx.areaIds.has(area)) ctx.report(file, [...path, area], `unknown area "${area}"`);
    const seen = new Set<string>();
    for (const [k, duty] of (fact.duties ?? []).entries()) {
      if (seen.has(duty.id)) {
        ctx.report(file, [...path, area, "duties", k, "id"], `duplicate duty id "${duty.id}"`);
      }
      seen.add(duty.id);
    }
  }
}

function checkContractCoverage(
  set: ParsedSet,
  areaIds: Set<string>,
  serviceIds: Set<string>,
  modelIds: Set<string>,
  problems: KnowledgeProblem[],
): void {
  const missingFile = (file: string) => problems.push({ file, path: "", message: "is missing" });
  if (!set.areas) missingFile("areas.yaml");
  if (!set.providers) missingFile("providers.yaml");
  if (!set.categories) missingFile("categories.yaml");
  if (!set.models) missingFile("models.yaml");
  if (!set.decisionTree) missingFile("decision-tree.yaml");
  if (!set.terms) missingFile("terms.yaml");
  if (!set.cues) missingFile("cues.yaml");
  if (set.misconceptions.length === 0) missingFile("misconceptions/*.yaml");
  if (set.tips.length === 0) missingFile("tips/*.yaml");

  const missing = (file: string, what: string, ids: readonly string[], have: Set<string>) => {
    for (const id of ids) {
      if (!have.has(id))
        problems.push({ file, path: "", message: `contract ${what} "${id}" is missing` });
    }
  };
  if (set.areas) missing(set.areas.path, "area", CONTRACT_AREAS, areaIds);
  if (set.models) missing(set.models.path, "service model", SERVICE_MODELS, modelIds);
  missing("services/", "service", CONTRACT_SERVICES, serviceIds);
}

function checkUniqueIds(set: ParsedSet, report: Report): void {
  const lists: [ParsedFile, string, { id: string }[]][] = [
    ...(set.areas
      ? [[set.areas, "areas", set.areas.data.areas] as [ParsedFile, string, { id: string }[]]]
      : []),
    ...set.services.map(
      (f) => [f, "services", f.data.services] as [ParsedFile, string, { id: string }[]],
    ),
    ...set.misconceptions.map(
      (f) => [f, "misconceptions", f.data.misconceptions] as [ParsedFile, string, { id: string }[]],
    ),
    ...set.tips.map((f) => [f, "tips", f.data.tips] as [ParsedFile, string, { id: string }[]]),
  ];
  const seen = new Map<string, string>();
  for (const [file, key, items] of lists) {
    items.forEach((item, i) => {
      const name = `${key === "misconceptions" || key === "tips" ? key : "ids"}:${item.id}`;
      const first = seen.get(name);
      if (first) report(file, [key, i, "id"], `duplicate id "${item.id}" (first in ${first})`);
      else seen.set(name, file.path);
    });
  }
}

function filesOf(set: ParsedSet): ParsedFile[] {
  const singles = [
    set.areas,
    set.providers,
    set.categories,
    set.models,
    set.decisionTree,
    set.terms,
  ];
  return [
    ...singles.filter((f): f is NonNullable<typeof f> => f !== undefined),
    ...set.services,
    ...set.misconceptions,
    ...set.tips,
  ];
}
