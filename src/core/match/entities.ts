// Finds what a message is about: the services (with a variant when one is named), service
// models, ambiguous terms, provider hints and the responsibility areas, each area scored.
import type { SubjectTarget, Vocabulary } from "./vocabulary.js";

export interface SubjectMention {
  readonly target: SubjectTarget;
  readonly phrase: string;
  readonly start: number;
}

export interface AreaScore {
  readonly area: string;
  readonly score: number;
  readonly phrases: readonly string[];
}

export interface Entities {
  readonly subjects: readonly SubjectMention[];
  readonly providers: readonly string[];
  /** Best first. */
  readonly areas: readonly AreaScore[];
}

export function findEntities(words: readonly string[], vocab: Vocabulary): Entities {
  const subjectHits = vocab.subjects.find(words);
  const subjects = subjectHits.flatMap((hit) =>
    hit.targets.map((target) => ({ target, phrase: hit.phrase, start: hit.start })),
  );
  // Words inside a service's name ("app" in "app service") say nothing about the area, unless
  // the service is one that names a setting ("network security groups" on a VM).
  const supporting = (hit: (typeof subjectHits)[number]) =>
    hit.targets.every((t) => t.kind === "service" && vocab.supportingServices.has(t.service));
  const onlySupporting = subjectHits.every(supporting);
  const covered = new Set(
    subjectHits
      .filter((hit) => onlySupporting || !supporting(hit))
      .flatMap((hit) => range(hit.start, hit.length)),
  );
  const providers = [...new Set(vocab.providers.find(words).flatMap((hit) => hit.targets))];

  const scores = new Map<string, { score: number; phrases: string[]; first: number }>();
  const areaHits = vocab.areas.find(words);
  for (const [h, hit] of areaHits.entries()) {
    if (range(hit.start, hit.length).every((i) => covered.has(i))) continue;
    // "who controls…" and "our data" count one word less: the first word is not about the area.
    const multi = /^(?:who|our|my|the|your|a|an) /.test(hit.phrase) ? hit.length - 1 : hit.length;
    // "node os updates": a weak patch word right after the thing patched is a real patch word.
    const previous = areaHits[h - 1];
    const patchesIt =
      hit.targets.includes("patching") &&
      previous !== undefined &&
      previous.start + previous.length === hit.start &&
      previous.targets.some((t) => vocab.matching.patchedThings.includes(t));
    const weak = vocab.weakAreaWords.has(hit.phrase) && !patchesIt;
    const weight = hit.length > 1 ? multi : weak ? 0.5 : 1;
    for (const area of hit.targets) {
      const entry = scores.get(area) ?? { score: 0, phrases: [], first: hit.start };
      entry.score += weight;
      entry.phrases.push(hit.phrase);
      scores.set(area, entry);
    }
  }
  const areas = [...scores.entries()]
    .map(([area, { score, phrases, first }]) => ({
      area,
      score: score + precedence(area, scores, vocab.matching.providerLayers),
      phrases,
      first,
    }))
    // On a tie, compliance is the frame ("for our ISO audit, who owns physical access") and
    // the concrete area is the question.
    .sort((a, b) => b.score - a.score || framing(a.area) - framing(b.area) || a.first - b.first)
    .map(({ first: _first, ...rest }) => rest);
  return { subjects, providers, areas };
}

const framing = (area: string): number => (area === "compliance" ? 1 : 0);

function range(start: number, length: number): number[] {
  return Array.from({ length }, (_, k) => start + k);
}

// Some areas are things and others are things done to them (terms.yaml lists which). "Patch
// the OS" asks about patching; "patch the hypervisor" asks about the hypervisor, which no
// customer touches. Libraries and images are patched by whoever owns them: "npm packages …
// patched" stays about dependencies, which is the customer's even where the platform's
// patching is not.
// "keep the runtime up to date", "end-of-support runtime": a version's lifecycle, not a patch.
const PATCH_WORD = /patch|security (?:update|fix)|cve|vulnerab/;

function precedence(
  area: string,
  found: ReadonlyMap<string, { score: number; phrases: readonly string[] }>,
  layers: readonly string[],
): number {
  if (layers.includes(area)) {
    // "patch the hypervisor" is about the hypervisor, unless the guest OS is named too.
    const guestNamed = (found.get("operating-system")?.score ?? 0) >= 1;
    // "encryption at rest of the os and data disks" is about encryption, not the disks.
    const otherNamed = [...found].some(
      ([other, { score }]) =>
        score >= 2 &&
        !layers.includes(other) &&
        other !== "patching" &&
        other !== "operating-system",
    );
    const patchedLayer = found.has("patching") || found.has("operating-system");
    return patchedLayer && !guestNamed && !otherNamed ? 10 : 0;
  }
  // Only a real patch word ("patch", "security updates"), not a weak "upgrade", outranks the thing patched.
  const patching = found.get("patching")?.score ?? 0;
  // The OS named beside a patch word is what is patched ("the base image os"); a runtime only
  // when no libraries are named ("npm packages … runtime updates" is about the packages).
  const libraries = found.get("dependencies")?.score ?? 0;
  const patchedThing = found.has("operating-system") || (found.has("runtime") && libraries < 2);
  const lifecycleOnly =
    found.has("runtime") && !found.get("patching")?.phrases.some((p) => PATCH_WORD.test(p));
  // An image is where a runtime lives ("the runtime baked into our image"), not a library.
  const packagesNamed = !!found.get("dependencies")?.phrases.some((p) => !/image/.test(p));
  if (area === "runtime" && patching >= 1 && lifecycleOnly && !packagesNamed) return 5;
  if (area === "runtime" && found.has("dependencies") && !packagesNamed) return 1;
  if (area === "patching" && patching >= 1 && patchedThing && !lifecycleOnly) return 5;
  return 0;
}
