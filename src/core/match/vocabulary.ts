// Everything the matcher can recognise, built once from the knowledge base: service, variant,
// model and ambiguous-term aliases; area aliases; provider names; and the single words that
// typos are corrected towards.
import Fuse from "fuse.js";
import type { ServiceModel } from "../contract.js";
import type { Knowledge, MatchingTerms } from "../knowledge/types.js";
import { DutyIndex } from "./duties.js";
import { PhraseIndex } from "./phrase-index.js";

export type SubjectTarget =
  | { readonly kind: "service"; readonly service: string; readonly variant?: string }
  | { readonly kind: "model"; readonly model: ServiceModel }
  | { readonly kind: "term"; readonly term: string };

export interface Vocabulary {
  readonly subjects: PhraseIndex<SubjectTarget>;
  readonly areas: PhraseIndex<string>;
  readonly providers: PhraseIndex<string>;
  /** Providers, products and places srm-bot does not cover. */
  readonly outside: PhraseIndex<string>;
  /** How words and services weigh (terms.yaml), with its lists as sets. */
  readonly matching: MatchingTerms;
  readonly weakAreaWords: ReadonlySet<string>;
  readonly supportingServices: ReadonlySet<string>;
  /** Every duty's text and keywords, for questions about one part of an area. */
  readonly duties: DutyIndex;
  /** Every word that appears in some phrase: a word in here is never "corrected". */
  readonly known: ReadonlySet<string>;
  /** Typo candidates of at least four letters, one Fuse index per first letter and length. */
  readonly fuzzy: ReadonlyMap<string, Fuse<string>>;
  /** Three-letter words ("rds", "eks"), corrected only by swapping letters. */
  readonly threeLetter: readonly string[];
}

export function buildVocabulary(kb: Knowledge): Vocabulary {
  const subjects = new PhraseIndex<SubjectTarget>();
  const areas = new PhraseIndex<string>();
  const providers = new PhraseIndex<string>();

  for (const service of kb.services.values()) {
    const target: SubjectTarget = { kind: "service", service: service.id };
    for (const alias of [service.id, service.name, ...service.aliases])
      addWithJoined(subjects, alias, target);
    for (const variant of service.variants) {
      const vt: SubjectTarget = { kind: "service", service: service.id, variant: variant.id };
      for (const alias of variant.aliases) addWithJoined(subjects, alias, vt);
    }
  }
  for (const model of kb.models.values()) {
    for (const alias of [model.id, ...model.aliases])
      subjects.add(alias, { kind: "model", model: model.id });
  }
  for (const term of kb.ambiguousTerms) {
    for (const alias of [term.id, ...term.aliases])
      addWithJoined(subjects, alias, { kind: "term", term: term.id });
  }
  for (const area of kb.areas.values()) {
    for (const alias of [area.id, area.title, ...area.aliases]) areas.add(alias, area.id);
  }
  const outside = new PhraseIndex<string>();
  for (const o of kb.outOfScope.outside) {
    for (const alias of o.aliases) outside.add(alias, o.id);
  }
  for (const provider of kb.providers.values()) {
    for (const alias of [provider.id, provider.name, ...provider.aliases])
      providers.add(alias, provider.id);
  }

  // Words the intent cues rely on: "responsiblity" must become "responsibility" for a myth to be seen.
  const known = new Set<string>(CUE_WORDS);
  // Words of duties' keywords too, so "accross 3 azs" still reaches "across 3 azs".
  for (const service of kb.services.values()) {
    const facts = [service.responsibilities, ...service.variants.map((v) => v.responsibilities)];
    for (const fact of facts.flatMap((r) => Object.values(r))) {
      for (const keyword of (fact.duties ?? []).flatMap((d) => d.keywords ?? [])) {
        for (const word of keyword.toLowerCase().split(/[^\p{L}\p{N}]+/u))
          if (word.length >= 4) known.add(word);
      }
    }
  }
  for (const index of [subjects, areas, providers, outside] as PhraseIndex<unknown>[]) {
    for (const word of index.words()) known.add(word);
  }
  const words = [...known].filter((w) => !/\d/.test(w));
  // A typo is at most two letters longer or shorter than its word and almost always keeps the
  // first letter ("pathcing", "lamda"), so each first letter and length gets its own small index.
  const buckets = new Map<string, string[]>();
  for (const w of words.filter((w) => w.length >= 4)) {
    const key = fuzzyKey(w.length, w[0] ?? "");
    buckets.set(key, [...(buckets.get(key) ?? []), w]);
  }
  const fuzzy = new Map(
    [...buckets].map(
      ([key, list]) =>
        [
          key,
          new Fuse(list, { includeScore: true, threshold: 0.4, ignoreLocation: true }),
        ] as const,
    ),
  );
  const threeLetter = words.filter((w) => w.length === 3);
  const duties = new DutyIndex(kb);
  return {
    subjects,
    areas,
    providers,
    outside,
    matching: kb.matching,
    weakAreaWords: new Set(kb.matching.weakAreaWords),
    supportingServices: new Set(kb.matching.supportingServices),
    duties,
    known,
    fuzzy,
    threeLetter,
  };
}

/** "app runner" is also typed "apprunner", "route 53" as "route53": index both. */
function addWithJoined(
  index: PhraseIndex<SubjectTarget>,
  alias: string,
  target: SubjectTarget,
): void {
  index.add(alias, target);
  const words = alias
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  if (words.length === 2) index.add(words.join(""), target);
}

const CUE_WORDS = [
  "responsibility",
  "responsibilities",
  "responsible",
  "themselves",
  "itself",
  "automatically",
  "automatic",
  "configure",
  "checklist",
  "compare",
  "explain",
  "versus",
  "handles",
  "managed",
  "provider",
  "customer",
  "ourselves",
  "anything",
  "everything",
  "security",
  "default",
  "problem",
];

export function fuzzyKey(length: number, first: string): string {
  return `${first}${length}`;
}
