// Which one duty of an area a question asks about, if any: "who replicates an ebs volume inside
// its az?" is the provider's duty inside EBS availability, which as a whole is shared.
// A duty named outright by one of its keywords wins; otherwise the question's leftover words
// (not the service's, not the area's, not the asking) are scored against the area's duties
// with BM25, and a duty is taken only when it clearly beats every duty of the other side.
import { createRequire } from "node:module";
import type MiniSearchType from "minisearch";
import { allDuties, dutiesFor, resolveOwnership } from "../knowledge/resolve.js";
import type { Duty, Knowledge } from "../knowledge/types.js";
import { byKeyword, type DutyFound, queryOf } from "./duty-keywords.js";
import { DutyTerms, joinCompounds } from "./duty-terms.js";
import { MARGIN, MIN_COVERAGE, MIN_SCORE, MIN_TERMS, STRONG_SINGLE } from "./duty-thresholds.js";
import { askedVerb, asksWhoPicks, byVerb } from "./duty-verb.js";
import type { SubjectRef } from "./subjects.js";

// minisearch is required (its CommonJS build) when the index is first built, so a one-shot
// question that names no duty does not load it.
const require = createRequire(import.meta.url);
const loadMiniSearch = () => require("minisearch") as typeof MiniSearchType;

/** Every duty of the knowledge base in one full-text index, built once. */
export class DutyIndex {
  private built:
    | { ids: Map<Duty, number>; search: MiniSearchType<{ id: number; text: string }> }
    | undefined;

  /** How texts and duties become terms. */
  readonly terms: DutyTerms;

  /** Indexed on first use: a one-shot question that names no duty never pays for it. */
  constructor(private readonly kb: Knowledge) {
    this.terms = new DutyTerms(kb);
  }

  /** Builds the index now rather than on the first question that needs it. */
  warm(): void {
    this.index();
  }

  private index() {
    if (this.built) return this.built;
    const ids = new Map<Duty, number>();
    const MiniSearch = loadMiniSearch();
    const search = new MiniSearch<{ id: number; text: string }>({
      // Keywords are matched whole (byKeyword); the text is what BM25 weighs.
      fields: ["text"],
      tokenize: (text) => joinCompounds(text).split(/[^\p{L}\p{N}]+/u),
      processTerm: (term) => this.terms.term(term),
      searchOptions: { combineWith: "OR", prefix: false, fuzzy: false },
    });
    for (const duty of allDuties(this.kb)) {
      ids.set(duty, ids.size);
      search.add({ id: ids.size - 1, text: duty.text });
    }
    this.built = { ids, search };
    return this.built;
  }

  /**
   * BM25 scores of these duties for the query words, best first; unscored duties left out.
   * MiniSearch multiplies a score by the number of query terms matched; this is the plain sum.
   */
  scores(
    duties: readonly Duty[],
    words: readonly string[],
  ): { duty: Duty; score: number; matched: number; terms: readonly string[] }[] {
    // Only words some candidate duty says can score: the rest are left out of the search, and
    // when none is left the index is not searched at all.
    const said = new Set(duties.flatMap((d) => [...this.terms.ofDuty(d)]));
    const query = joinCompounds(words.join(" "))
      .split(" ")
      .filter((w) => said.has(this.terms.term(w) ?? ""));
    if (query.length === 0) return [];
    const { ids, search } = this.index();
    const byId = new Map(duties.map((d) => [ids.get(d), d] as const));
    return search
      .search([...new Set(query)].join(" "), { filter: (r) => byId.has(r.id as number) })
      .flatMap((r) => {
        const duty = byId.get(r.id as number);
        const matched = r.queryTerms.length;
        const score = r.score / Math.max(1, matched);
        return duty ? [{ duty, score, matched, terms: r.queryTerms }] : [];
      })
      .sort((a, b) => b.score - a.score);
  }
}

/** "turn on", "switch on", "enable", as BM25 sees them once compounds are joined. */
const ENABLE = "enabl";
/** "pick", "set", "decide", "configure", as BM25 sees them once compounds are joined. */
const CHOOSE = "choos";

/** What a question says, for finding a duty in it. */
export interface Said {
  /** Every word of the question. */
  readonly words: readonly string[];
  /** The words that are neither the subject's nor the area's own nor a condition's. */
  readonly leftover: readonly string[];
  /** The words of the phrases that named the area ("maintenance window"). */
  readonly areaWords: readonly string[];
}

/**
 * The duty a question asks about inside one area of its subject. A keyword names its duty;
 * found by text, a duty is taken only where the area lists duties of both sides to choose
 * between, and only well ahead of the other side's best.
 */
export function findDuty(
  kb: Knowledge,
  index: DutyIndex,
  subject: SubjectRef,
  area: string,
  said: Said,
  condition: ReadonlySet<number> | undefined,
): DutyFound | undefined {
  const { words } = said;
  const verb = askedVerb(words, kb.matching.askingVerbs);
  const duties = withoutTurningOn(
    dutiesFor(kb, queryOf(subject, area)),
    words,
    condition,
    verb !== undefined,
  );
  const named = byKeyword(duties, words);
  const owners = new Set(duties.map((d) => d.owner));
  const bothSides = (owners.has("provider") || owners.has("shared")) && owners.has("customer");
  const presupposes = condition !== undefined;
  const found = bothSides
    ? (byVerb(index, duties, said, verb, presupposes) ?? byText(index, duties, said, presupposes))
    : undefined;
  // With the setup taken as there, what the provider then does outranks a keyword that names
  // the customer's part in setting it up ("we have a reader in another az; who fails over?").
  const thenDone = condition !== undefined && found?.after !== undefined;
  const answer =
    named && !(thenDone && named.duty.owner === "customer")
      ? named
      : found
        ? { duty: found, keywordLength: 0 }
        : undefined;
  // Never "the provider" for who picks what the provider only offers ("who decides how long
  // deleted objects are kept?"): the customer's duty that makes that choice answers instead.
  // The area's owner is looked up only for a question that asks who picks: this runs on every
  // question with an area.
  const picks = !presupposes && asksWhoPicks(words, verb, kb.matching.pickingVerbs);
  const owner = picks
    ? (answer?.duty.owner ?? resolveOwnership(kb, queryOf(subject, area))?.owner)
    : undefined;
  if (owner !== undefined && owner !== "customer") {
    // Asked outright who picks, a choosing duty of the customer's need not outscore the
    // provider's default, only come close to it.
    const scored = index.scores(duties, [...said.leftover, ...said.areaWords]);
    const choice = customerSwitch(scored, MARGIN, index.terms);
    if (choice) return { duty: choice, keywordLength: 0 };
  }
  return answer;
}

/**
 * "once multi-az is on, who fails over?": turning the feature on is the customer's duty, but a
 * question that takes it as on asks what happens then, so the duties its condition names by
 * keyword are not candidates. A duty both sides split ("auto minor version upgrades") still
 * answers what the setting makes of the area, unless the question names a deed ("who installs
 * the new minor version?").
 */
function withoutTurningOn(
  duties: readonly Duty[],
  words: readonly string[],
  condition: ReadonlySet<number> | undefined,
  deedAsked: boolean,
): readonly Duty[] {
  if (!condition) return duties;
  const inCondition = words.map((w, i) => (condition.has(i) ? w : ""));
  const setsUp = (d: Duty) => d.owner === "customer" || (deedAsked && d.owner === "shared");
  return duties.filter((d) => !setsUp(d) || !byKeyword([d], inCondition));
}

type Scored = ReturnType<DutyIndex["scores"]>[number];

/**
 * Best first. With a feature taken as on, a duty done once it is on comes first among those
 * that match as many of the question's words.
 */
function ranked(scores: Scored[], presupposes: boolean): Scored[] {
  if (!presupposes) return scores;
  const most = Math.max(0, ...scores.map((s) => s.matched));
  const first = scores.find((s) => s.duty.after !== undefined && s.matched === most);
  return first ? [first, ...scores.filter((s) => s !== first)] : scores;
}

/** The duty the leftover words score clearly best on, ahead of every duty of another owner. */
function byText(
  index: DutyIndex,
  duties: readonly Duty[],
  { leftover, areaWords }: Said,
  presupposes: boolean,
): Duty | undefined {
  const terms = index.terms.ofText(leftover.join(" "));
  if (terms.size === 0) return undefined;
  // "who has to turn on ha?" asks who switches it on, not what happens once it is on; "who picks
  // the window?" asks who makes a choice the provider only offers.
  const asksWhoEnables = !presupposes && (terms.has(ENABLE) || terms.has(CHOOSE));
  const scored = index.scores(duties, leftover).filter((r) => !(asksWhoEnables && r.duty.after));
  if (asksWhoEnables) {
    // What is switched on or chosen may be the area itself ("who picks the maintenance window").
    const chosen = customerSwitch(index.scores(duties, [...leftover, ...areaWords]));
    if (chosen) return chosen;
  }
  const [best, ...rest] = ranked(scored, presupposes);
  if (!best) return undefined;
  // A duty done once a feature is on needs the question to take that as given ("once ha is on,
  // who fails over?"); then one word of it is enough, as the condition already said the rest.
  if (best.duty.after && !presupposes) return undefined;
  // With the feature taken as on, what happens then outranks a duty that says no more of it.
  const conditional = presupposes && best.duty.after !== undefined;
  const rival = rest.find(
    (r) => r.duty.owner !== best.duty.owner && (!conditional || r.matched > best.matched),
  );
  // One rare word the other side never says ("control plane") is enough on its own, and so is
  // "who has to turn it on" when the customer's duty is turning the area's feature on.
  const single = best.score >= STRONG_SINGLE && rival === undefined;
  const switchedOn =
    asksWhoEnables &&
    best.duty.owner === "customer" &&
    (best.terms.includes(ENABLE) || best.terms.includes(CHOOSE));
  const minTerms = best.duty.after || single || switchedOn ? 1 : MIN_TERMS;
  const minScore = best.duty.after || switchedOn ? MIN_SCORE / 2 : MIN_SCORE;
  if (best.score < minScore || best.matched < minTerms) return undefined;
  if (!best.duty.after && !switchedOn && best.matched < MIN_COVERAGE * terms.size) return undefined;
  return rival && best.score < MARGIN * rival.score ? undefined : best.duty;
}

/**
 * "who sets the time travel window?": the customer's duty that turns on or chooses what is
 * asked about, when it is at least as good a match as any duty of the other side (or, with a
 * `lead`, no more than that many times worse). The verb already tells the sides apart, so no
 * wider margin is needed. `askedWhoPicks`, given when the question asks outright who picks,
 * reads each duty's whole text rather than the words it matched.
 */
function customerSwitch(
  scored: readonly Scored[],
  lead = 1,
  askedWhoPicks?: DutyTerms,
): Duty | undefined {
  // Asked outright who picks or switches on, a duty that itself sets or turns something on
  // answers, whichever of the two words the question used ("who turns on versioning?" and "Set
  // versioning…"); otherwise the question's own word must be the duty's.
  const switches = (s: Scored) => {
    const terms = askedWhoPicks ? askedWhoPicks.ofDuty(s.duty) : new Set(s.terms);
    return terms.has(ENABLE) || terms.has(CHOOSE);
  };
  const best = scored.find((s) => s.duty.owner === "customer" && !s.duty.after && switches(s));
  if (!best || best.score < MIN_SCORE / 2) return undefined;
  const rival = scored.find((s) => s.duty.owner !== "customer");
  return rival && rival.score > best.score * lead ? undefined : best.duty;
}
