// Builds the bot's Knowledge from its documents, or throws a KnowledgeError naming every
// problem. The bot and `npm run kb:check` both come through here, so a knowledge base that
// fails the check can never start a bot.
import type { ServiceModel } from "../contract.js";
import { knowledgeFromData } from "./from-data.js";
import { type ParsedFile, parseKnowledgeDocument } from "./parse.js";
import type {
  CueTable,
  Knowledge,
  KnowledgeData,
  KnowledgeDocument,
  KnowledgeProblem,
  MatchingTerms,
  Model,
  Provider,
  Service,
} from "./types.js";
import { KnowledgeError } from "./types.js";
import { type ParsedSet, validateKnowledge } from "./validate.js";

export function loadKnowledge(documents: readonly KnowledgeDocument[]): Knowledge {
  return knowledgeFromData(validateKnowledgeDocuments(documents));
}

/** Parses and checks every document; the plain data it returns has passed every rule. */
export function validateKnowledgeDocuments(documents: readonly KnowledgeDocument[]): KnowledgeData {
  const problems: KnowledgeProblem[] = [];
  const set: ParsedSet = { services: [], misconceptions: [], tips: [] };
  for (const doc of [...documents].sort((a, b) => a.path.localeCompare(b.path))) {
    const result = parseKnowledgeDocument(doc);
    if (!result.ok) problems.push(...result.problems);
    else place(set, result.file, problems);
  }
  problems.push(...validateKnowledge(set));
  if (problems.length > 0) throw new KnowledgeError(problems);
  return toData(set);
}

type SingletonKey =
  | "areas"
  | "providers"
  | "categories"
  | "models"
  | "decisionTree"
  | "terms"
  | "cues"
  | "sources";
const singletons: Partial<Record<ParsedFile["kind"], SingletonKey>> = {
  areas: "areas",
  providers: "providers",
  categories: "categories",
  models: "models",
  "decision-tree": "decisionTree",
  terms: "terms",
  cues: "cues",
  sources: "sources",
};

function place(set: ParsedSet, file: ParsedFile, problems: KnowledgeProblem[]): void {
  const key = singletons[file.kind];
  if (key) {
    const first = set[key];
    if (first)
      problems.push({
        file: file.path,
        path: "",
        message: `a second ${file.kind} file (first: ${first.path})`,
      });
    else (set as Record<SingletonKey, ParsedFile>)[key] = file;
    return;
  }
  if (file.kind === "services") set.services.push(file as ParsedFile<"services">);
  else if (file.kind === "misconceptions")
    set.misconceptions.push(file as ParsedFile<"misconceptions">);
  else if (file.kind === "tips") set.tips.push(file as ParsedFile<"tips">);
}

/** Called only on a set that validated, so every singleton exists and every id resolves. */
function toData(set: ParsedSet): KnowledgeData {
  const required = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error("build() called on an unvalidated knowledge set");
    return value;
  };
  const models = required(set.models).data.models.map(
    (m): Model => ({ ...m, id: m.id as ServiceModel }),
  );
  const services = set.services.flatMap((f) =>
    f.data.services.map(
      ({ default_variant, variants, model, ...rest }): Service => ({
        ...rest,
        model: model as ServiceModel,
        variants: variants ?? [],
        ...(default_variant === undefined ? {} : { defaultVariant: default_variant }),
      }),
    ),
  );
  return {
    areas: required(set.areas).data.areas,
    providers: required(set.providers).data.providers.map(
      ({ area_services, ...rest }): Provider => ({
        ...rest,
        ...(area_services ? { areaServices: area_services } : {}),
      }),
    ),
    categories: required(set.categories).data.categories,
    models,
    services,
    misconceptions: set.misconceptions.flatMap((f) =>
      f.data.misconceptions.map((m) => ({ ...m, owner: m.owner ?? null })),
    ),
    tips: set.tips.flatMap((f) => f.data.tips),
    decisionTree: required(set.decisionTree).data.decision_tree,
    ambiguousTerms: required(set.terms).data.ambiguous_terms,
    outOfScope: required(set.terms).data.out_of_scope,
    matching: matchingOf(required(set.terms).data.matching),
    cues: cueTableOf(required(set.cues).data),
  };
}

function cueTableOf(file: NonNullable<ParsedSet["cues"]>["data"]): CueTable {
  return { providerWords: file.provider_words, cues: file.cues };
}

function matchingOf(m: NonNullable<ParsedSet["terms"]>["data"]["matching"]): MatchingTerms {
  return {
    weakAreaWords: m.weak_area_words,
    supportingServices: m.supporting_services,
    keyServices: m.key_services,
    providerLayers: m.provider_layers,
    patchedThings: m.patched_things,
    askingVerbs: m.asking_verbs,
    dutyNeutralWords: m.duty_neutral_words,
    pickingVerbs: m.picking_verbs,
  };
}
