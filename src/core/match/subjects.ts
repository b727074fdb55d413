// Decides which service(s) a message is about from its mentions: concrete services first (a
// second service that is really a variant, as "fargate" in "eks on fargate", folds into the
// first), then service models, then ambiguous terms narrowed by a provider hint.
import type { ServiceModel } from "../contract.js";
import type { Knowledge } from "../knowledge/types.js";
import type { Entities } from "./entities.js";
import { SUPPORTING_SERVICES } from "./supporting.js";

export interface SubjectRef {
  /** A service id, or a model id (iaas, paas, saas). */
  readonly id: string;
  readonly kind: "service" | "model";
  readonly variant?: string;
}

export type SubjectResult =
  | { readonly kind: "found"; readonly subjects: readonly SubjectRef[] }
  | { readonly kind: "ambiguous"; readonly term: string; readonly choices: readonly string[] }
  | { readonly kind: "none" };

export function resolveSubjects(
  entities: Entities,
  kb: Knowledge,
  words: readonly string[] = [],
): SubjectResult {
  const found: SubjectRef[] = [];
  const add = (ref: SubjectRef) => {
    const same = found.find((f) => f.id === ref.id);
    if (!same) found.push(ref);
    else if (ref.variant && !same.variant) found[found.indexOf(same)] = ref;
    // "emr on ec2 vs emr serverless": two variants of one service are two subjects.
    else if (ref.variant && same.variant && ref.variant !== same.variant) found.push(ref);
  };
  for (const m of entities.subjects) {
    if (m.target.kind === "service") {
      add({
        id: m.target.service,
        kind: "service",
        ...(m.target.variant ? { variant: m.target.variant } : {}),
      });
    } else if (m.target.kind === "model") add({ id: m.target.model, kind: "model" });
  }
  const services = withVariantHints(
    withoutSupporting(
      foldVariants(
        found.filter((f) => f.kind === "service"),
        kb,
      ),
    ),
    kb,
    words,
  );
  // "azure sql db is paas so…": a model named beside a service describes it.
  const models = services.length > 0 ? [] : found.filter((f) => f.kind === "model");
  const term = entities.subjects.find((m) => m.target.kind === "term");
  const onlySupporting =
    services.length > 0 && services.every((s) => SUPPORTING_SERVICES.has(s.id));
  if (term && onlySupporting) {
    // "sse-kms on our buckets": the bucket is the subject, and KMS says which cloud it is on.
    const hints = [
      ...entities.providers,
      ...services.flatMap((s) => kb.services.get(s.id)?.provider ?? []),
    ];
    const viaTerm = fromTerm(term, { ...entities, providers: hints }, kb);
    if (viaTerm.kind === "found") return viaTerm;
  }
  if (services.length > 0 || models.length > 0) {
    const ordered = [...services, ...models].sort(
      (a, b) => firstIndex(entities, a) - firstIndex(entities, b),
    );
    return { kind: "found", subjects: ordered };
  }

  return term ? fromTerm(term, entities, kb) : { kind: "none" };
}

/** An ambiguous term ("functions") narrowed by provider hints to one service, or the choices. */
function fromTerm(
  term: Entities["subjects"][number],
  entities: Entities,
  kb: Knowledge,
): SubjectResult {
  if (term.target.kind !== "term") return { kind: "none" };
  const termId = term.target.term;
  const all = kb.ambiguousTerms.find((t) => t.id === termId)?.services ?? [];
  const hinted = all.filter((id) => matchesHint(kb.services.get(id)?.provider, entities.providers));
  const choices = entities.providers.length > 0 && hinted.length > 0 ? hinted : all;
  if (choices.length === 1 && choices[0])
    return { kind: "found", subjects: [{ id: choices[0], kind: "service" }] };
  return { kind: "ambiguous", term: term.phrase, choices };
}

function withoutSupporting(services: SubjectRef[]): SubjectRef[] {
  const primary = services.filter((s) => !SUPPORTING_SERVICES.has(s.id));
  return primary.length > 0 ? primary : services;
}

/** "azure" hints both Azure and Microsoft's SaaS; "google" both Google Cloud and Workspace. */
function matchesHint(provider: string | undefined, hints: readonly string[]): boolean {
  if (!provider) return false;
  const family: Record<string, string> = {
    azure: "microsoft",
    microsoft: "microsoft",
    gcp: "google",
    google: "google",
  };
  return hints.some(
    (h) => h === provider || (family[h] !== undefined && family[h] === family[provider]),
  );
}

/** "ecs on ec2": aws-ec2 names the ec2 variant of aws-ecs, so it is not a second subject. */
function foldVariants(services: SubjectRef[], kb: Knowledge): SubjectRef[] {
  let out = [...services];
  for (const host of services) {
    const variants = kb.services.get(host.id)?.variants ?? [];
    for (const other of services) {
      if (other === host || host.variant) continue;
      const short = other.id.replace(/^[a-z]+-/, "");
      const variant = variants.find((v) => v.id === short || v.id === other.id);
      if (variant) {
        out = out
          .filter((s) => s !== other)
          .map((s) => (s === host ? { ...host, variant: variant.id } : s));
      }
    }
  }
  return out;
}

function firstIndex(entities: Entities, ref: SubjectRef): number {
  const m = entities.subjects.find((s) =>
    s.target.kind === "service"
      ? s.target.service === ref.id
      : s.target.kind === "model" && s.target.model === ref.id,
  );
  return m?.start ?? Number.MAX_SAFE_INTEGER;
}

export function isModel(id: string): id is ServiceModel {
  return id === "iaas" || id === "paas" || id === "saas";
}

/**
 * "azure functions custom container": the service's own name took "functions", so the variant's
 * alias "functions custom container" cannot match whole. What is left of a variant alias once
 * the service's words are taken out ("custom container") names the variant when it is said.
 */
function withVariantHints(
  services: SubjectRef[],
  kb: Knowledge,
  words: readonly string[],
): SubjectRef[] {
  const text = ` ${words.join(" ")} `;
  return services.map((ref) => {
    const service = kb.services.get(ref.id);
    if (ref.variant || !service) return ref;
    const own = new Set(
      [service.id, service.name, ...service.aliases].flatMap((a) =>
        a.toLowerCase().split(/[^a-z0-9]+/),
      ),
    );
    for (const variant of service.variants) {
      for (const alias of variant.aliases) {
        const rest = alias
          .toLowerCase()
          .split(/[^a-z0-9]+/)
          .filter((w) => w && !own.has(w));
        const phrase = rest.join(" ");
        if (
          phrase.length >= 4 &&
          rest.length < alias.split(" ").length &&
          text.includes(` ${phrase} `)
        ) {
          return { ...ref, variant: variant.id };
        }
      }
    }
    return ref;
  });
}
