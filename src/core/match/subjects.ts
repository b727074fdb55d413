// Decides which service(s) a message is about from its mentions: concrete services first (a
// second service that is really a variant, as "fargate" in "eks on fargate", folds into the
// first), then service models, then ambiguous terms narrowed by a provider hint.
import type { ServiceModel } from "../contract.js";
import type { Knowledge } from "../knowledge/types.js";
import type { Entities } from "./entities.js";
import { spanInOrder } from "./in-order.js";

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
        preferHintedProvider(
          found.filter((f) => f.kind === "service"),
          entities,
          kb,
        ),
        kb,
      ),
      kb,
    ),
    kb,
    words,
  );
  // "azure sql db is paas so…": a model named beside a service describes it.
  const models = services.length > 0 ? [] : found.filter((f) => f.kind === "model");
  const term = entities.subjects.find((m) => m.target.kind === "term");
  const onlyKeys =
    services.length > 0 && services.every((s) => kb.matching.keyServices.includes(s.id));
  if (term && onlyKeys) {
    // "sse-kms on our buckets": the bucket is the subject, and KMS says which cloud it is on.
    const hints = [
      ...entities.providers,
      ...services.flatMap((s) => kb.services.get(s.id)?.provider ?? []),
    ];
    const viaTerm = fromTerm(term, { ...entities, providers: hints }, kb, words);
    if (viaTerm.kind === "found") return viaTerm;
  }
  if (services.length > 0 || models.length > 0) {
    const ordered = [...services, ...models].sort(
      (a, b) => firstIndex(entities, a) - firstIndex(entities, b),
    );
    return { kind: "found", subjects: ordered };
  }

  return term ? fromTerm(term, entities, kb, words) : { kind: "none" };
}

/** An ambiguous term ("functions") narrowed by provider hints to one service, or the choices. */
function fromTerm(
  term: Entities["subjects"][number],
  entities: Entities,
  kb: Knowledge,
  words: readonly string[],
): SubjectResult {
  if (term.target.kind !== "term") return { kind: "none" };
  const termId = term.target.term;
  const all = kb.ambiguousTerms.find((t) => t.id === termId)?.services ?? [];
  const hinted = all.filter((id) => matchesHint(kb.services.get(id)?.provider, entities.providers));
  const choices = entities.providers.length > 0 && hinted.length > 0 ? hinted : all;
  // "functions … on azure" placed by its provider still names its variant ("docker image").
  if (choices.length === 1 && choices[0])
    return {
      kind: "found",
      subjects: withVariantHints([{ id: choices[0], kind: "service" }], kb, words),
    };
  // "function apps in a custom container on the premium plan": only Azure Functions has those.
  const withVariant = choices.flatMap((id) =>
    withVariantHints([{ id, kind: "service" }], kb, words, true).filter((r) => r.variant),
  );
  const [only] = withVariant;
  if (only && new Set(withVariant.map((r) => r.id)).size === 1)
    return { kind: "found", subjects: [only] };
  return { kind: "ambiguous", term: term.phrase, choices };
}

function withoutSupporting(services: SubjectRef[], kb: Knowledge): SubjectRef[] {
  const primary = services.filter((s) => !kb.matching.supportingServices.includes(s.id));
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
 * Variants said in other words. "azure functions custom container": the service's name took
 * "functions", so the variant alias "functions custom container" cannot match whole; what is
 * left of it once the service's words are taken out ("custom container") names the variant.
 * A second variant named beside the first ("gke autopilot vs standard") is a second subject.
 * A service only guessed at from a shared word ("function apps") needs a two-word alias, and
 * its hints do not count: a hint describes a variant only once its service is known.
 */
function withVariantHints(
  services: SubjectRef[],
  kb: Knowledge,
  words: readonly string[],
  guessed = false,
): SubjectRef[] {
  const minWords = guessed ? 2 : 1;
  return services.flatMap((ref) => {
    const service = kb.services.get(ref.id);
    if (!service) return [ref];
    const own = new Set(
      [service.id, service.name, ...service.aliases].flatMap((a) =>
        a.toLowerCase().split(/[^a-z0-9]+/),
      ),
    );
    const spans = service.variants
      .map((variant) => ({ variant, span: firstSaid(variant.aliases, own, words, minWords) }))
      .flatMap(({ variant, span }) => (span ? [{ variant, at: span[0], end: span[1] }] : []))
      .sort((a, b) => a.at - b.at);
    // "self-managed eks nodes" says "managed … nodes" too, inside the longer name: one variant.
    const said = spans
      .filter((v) => !spans.some((w) => w !== v && w.at < v.at && v.at <= w.end))
      .map((v) => v.variant.id);
    // A description ("billed per ecpu") only places a variant nobody named, and only one.
    if (said.length === 0 && !ref.variant && !guessed) {
      const described = service.variants.find(
        (v) => firstSaid(v.hints ?? [], new Set(), words, 1) !== undefined,
      );
      if (described) said.push(described.id);
    }
    if (!ref.variant) {
      const [first, second] = said;
      if (!first) return [ref];
      return second
        ? [
            { ...ref, variant: first },
            { ...ref, variant: second },
          ]
        : [{ ...ref, variant: first }];
    }
    const other = said.find((v) => v !== ref.variant);
    return other ? [ref, { ...ref, variant: other }] : [ref];
  });
}

/** Where the first of these aliases (or what is left of it without the service's words) is said. */
function firstSaid(
  aliases: readonly string[],
  own: ReadonlySet<string>,
  words: readonly string[],
  minWords: number,
): readonly [number, number] | undefined {
  let best: readonly [number, number] | undefined;
  for (const alias of aliases) {
    const all = alias
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter(Boolean);
    const rest = all.filter((w) => !own.has(w));
    const candidates = [all, rest.length < all.length ? rest : []];
    for (const phrase of candidates.filter(
      (c) => c.length >= minWords && c.join(" ").length >= 4,
    )) {
      const span = spanInOrder(words, phrase);
      if (span && (!best || span[0] < best[0])) best = span;
    }
  }
  return best;
}

/**
 * "google kms": the alias "kms" found AWS KMS, but the message names Google. When a service of
 * the named provider has the same word in its name ("cloud kms"), that service is meant.
 */
function preferHintedProvider(
  services: SubjectRef[],
  entities: Entities,
  kb: Knowledge,
): SubjectRef[] {
  if (entities.providers.length === 0) return services;
  return services.map((ref) => {
    const service = kb.services.get(ref.id);
    if (!service || matchesHint(service.provider, entities.providers)) return ref;
    const phrase = entities.subjects.find(
      (m) => m.target.kind === "service" && m.target.service === ref.id,
    )?.phrase;
    if (!phrase) return ref;
    const alternative = [...kb.services.values()].find(
      (s) =>
        matchesHint(s.provider, entities.providers) &&
        [s.name, ...s.aliases].some((a) => ` ${a.toLowerCase()} `.includes(` ${phrase} `)),
    );
    return alternative ? { id: alternative.id, kind: "service" } : ref;
  });
}
