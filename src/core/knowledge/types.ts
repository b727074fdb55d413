// The knowledge base as the rest of the bot sees it: validated, indexed by id, read-only.
import type { Owner, ServiceModel } from "../contract.js";
import type { CueName, CuePlace } from "./cue-names.js";

export interface Area {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly aliases: readonly string[];
  /** Areas a belief about this one usually forgets ("no patching" forgets the dependencies). */
  readonly related?: readonly string[];
}

export interface Provider {
  readonly id: string;
  readonly name: string;
  /** How an owner line names them: "AWS", "Microsoft", "Google". */
  readonly short: string;
  readonly aliases: readonly string[];
  /** The service that answers for the provider itself in an area, by area id. */
  readonly areaServices?: Readonly<Record<string, string>>;
}

export interface Category {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly examples: readonly string[];
}

/** One party's duties for one area. `source` is absent only on a model's defaults. */
export interface Fact {
  readonly owner: Owner;
  readonly provider: string;
  readonly customer: string;
  readonly source?: string;
  readonly duties?: readonly Duty[];
  /** The case this fact describes when a plan, tier or creation path changes the default. */
  readonly when?: string;
  /** The month the fact was last checked against its source: "2026-12". */
  readonly checked?: string;
}

/**
 * One duty inside an area that one side does ("replicates each volume inside its AZ"; "copies
 * snapshots to another Region"). A question about the duty is answered with its owner.
 * `provider` and `customer` replace the area's card texts when given; `source` is absent only
 * on a model's duties and on checklist items that cite nothing of their own.
 */
export interface Duty {
  readonly id: string;
  readonly owner: Owner;
  readonly text: string;
  /** Phrases that name the duty outright ("multi-az", "manual snapshots"). */
  readonly keywords?: readonly string[];
  readonly provider?: string;
  readonly customer?: string;
  readonly source?: string;
  /**
   * What the customer must have turned on first ("Multi-AZ"). Such a duty answers a question
   * only when the question takes that for granted ("once multi-az is on, who fails over?");
   * asked plainly ("whose job is it that we fail over?") the area's owner answers.
   */
  readonly after?: string;
  /** When checked apart from its area's fact; otherwise the area's month holds. */
  readonly checked?: string;
}

export interface ChecklistItem {
  readonly area: string;
  readonly item: string;
  readonly source?: string;
  readonly checked?: string;
}

export interface Model {
  readonly id: ServiceModel;
  readonly name: string;
  readonly summary: string;
  readonly aliases: readonly string[];
  readonly sources: readonly string[];
  readonly defaults: Readonly<Record<string, Fact>>;
  readonly checklist: readonly ChecklistItem[];
}

export interface Variant {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  /** Words that name this variant only beside its service; never matched on their own. */
  readonly hints?: readonly string[];
  readonly summary?: string;
  readonly responsibilities: Readonly<Record<string, Fact>>;
}

export interface Service {
  readonly id: string;
  readonly name: string;
  readonly provider: string;
  readonly model: ServiceModel;
  readonly category: string;
  readonly summary: string;
  readonly aliases: readonly string[];
  readonly sources: readonly string[];
  readonly responsibilities: Readonly<Record<string, Fact>>;
  readonly variants: readonly Variant[];
  readonly defaultVariant?: string;
  readonly checklist: readonly ChecklistItem[];
  /** A service the provider has ended: still answered, and every card says so first. */
  readonly retired?: Retirement;
}

export interface Retirement {
  /** The day it ended: "2024-05-26". */
  readonly on: string;
  readonly note: string;
  readonly source: string;
}

export interface Misconception {
  readonly id: string;
  readonly myth: string;
  readonly phrasings: readonly string[];
  readonly reality: string;
  readonly services: readonly string[];
  readonly areas: readonly string[];
  readonly owner: Owner | null;
  readonly source: string;
  readonly checked?: string;
}

export interface Tip {
  readonly id: string;
  readonly text: string;
  readonly areas: readonly string[];
  readonly services: readonly string[];
  readonly source: string;
  readonly checked?: string;
}

export interface DecisionStep {
  readonly question: string;
  readonly owner: Owner;
  readonly because: string;
  readonly examples: readonly string[];
  readonly areas: readonly string[];
}

export interface DecisionTree {
  readonly summary: string;
  readonly source: string;
  readonly steps: readonly DecisionStep[];
}

/** A word that names a kind of service on several clouds ("functions", "kubernetes"). */
export interface AmbiguousTerm {
  readonly id: string;
  readonly aliases: readonly string[];
  readonly services: readonly string[];
}

/** Another provider or product, on-premises systems or personal devices: none are covered. */
export interface Outside {
  readonly id: string;
  readonly name: string;
  readonly kind: "provider" | "product" | "place" | "device";
  readonly aliases: readonly string[];
}

export interface OutOfScope {
  /** What the general model says, for a question the bot cannot answer service by service. */
  readonly general: string;
  readonly source: string;
  readonly outside: readonly Outside[];
}

/** How the matcher weighs words and services: knowledge, kept in terms.yaml. */
export interface MatchingTerms {
  /** Single words that point at an area only weakly ("access", "data"). */
  readonly weakAreaWords: readonly string[];
  /** Services that usually describe a setting of another service ("vpc access for …"). */
  readonly supportingServices: readonly string[];
  /** Key services: beside another service they name its encryption. */
  readonly keyServices: readonly string[];
  /** Areas no customer touches: a patch word beside them asks about them, not patching. */
  readonly providerLayers: readonly string[];
  /** Areas that are things patched: a patch word beside them asks about patching. */
  readonly patchedThings: readonly string[];
  /** Verbs that ask who is responsible rather than name a deed ("handles", "takes care"). */
  readonly askingVerbs: readonly string[];
  /** Words that never pick one duty of an area: they ask, or name what every duty is done to. */
  readonly dutyNeutralWords: readonly string[];
  /** Verbs that ask who makes a choice ("who picks the window?", "who turns on versioning?"). */
  readonly pickingVerbs: readonly string[];
}

/** The phrases that tell what a message asks (cues.yaml), as written: patterns per cue. */
export interface CueTable {
  /** Generic names of whoever runs the service ("the vendor"), beside the providers' aliases. */
  readonly providerWords: readonly string[];
  readonly cues: Readonly<
    Record<CueName, { readonly at?: CuePlace; readonly patterns: readonly string[] }>
  >;
}

export interface Knowledge {
  readonly areas: ReadonlyMap<string, Area>;
  readonly providers: ReadonlyMap<string, Provider>;
  readonly categories: ReadonlyMap<string, Category>;
  readonly models: ReadonlyMap<ServiceModel, Model>;
  readonly services: ReadonlyMap<string, Service>;
  readonly misconceptions: readonly Misconception[];
  readonly tips: readonly Tip[];
  readonly decisionTree: DecisionTree;
  readonly ambiguousTerms: readonly AmbiguousTerm[];
  readonly outOfScope: OutOfScope;
  readonly matching: MatchingTerms;
  readonly cues: CueTable;
}

/** The validated knowledge as plain data: what the loader produces and a snapshot stores. */
export interface KnowledgeData {
  readonly areas: readonly Area[];
  readonly providers: readonly Provider[];
  readonly categories: readonly Category[];
  readonly models: readonly Model[];
  readonly services: readonly Service[];
  readonly misconceptions: readonly Misconception[];
  readonly tips: readonly Tip[];
  readonly decisionTree: DecisionTree;
  readonly ambiguousTerms: readonly AmbiguousTerm[];
  readonly outOfScope: OutOfScope;
  readonly matching: MatchingTerms;
  readonly cues: CueTable;
}

/** A knowledge file as read from disk (or built in a test): its path inside knowledge/ and text. */
export interface KnowledgeDocument {
  readonly path: string;
  readonly text: string;
}

/** One thing wrong with the knowledge base, located as precisely as the loader can. */
export interface KnowledgeProblem {
  readonly file: string;
  readonly line?: number;
  /** Where inside the file: `services[aws-rds].responsibilities.patching.source`. */
  readonly path: string;
  readonly message: string;
}

export class KnowledgeError extends Error {
  constructor(readonly problems: readonly KnowledgeProblem[]) {
    super(
      `The knowledge base has ${problems.length} problem${problems.length === 1 ? "" : "s"}:\n${problems
        .map(formatProblem)
        .join("\n")}`,
    );
    this.name = "KnowledgeError";
  }
}

export function formatProblem(p: KnowledgeProblem): string {
  const where = p.line === undefined ? p.file : `${p.file}:${p.line}`;
  return `${where} ${p.path ? `${p.path}: ` : ""}${p.message}`;
}
