// The terms BM25 sees of a duty's text or a question: compounds joined ("fails over" is
// "failover"), English function words and the knowledge base's neutral words left out (they ask
// rather than name a duty), the rest stemmed.
import { eng } from "stopword/src/stopwords_eng.js";
import type { Duty, Knowledge } from "../knowledge/types.js";
import { stem } from "./stem.js";

// One word however it is written: "fails over" and "failover", "back up" and "backup".
const COMPOUNDS: readonly [RegExp, string][] = [
  [/\bfail(?:s|ed|ing)? over\b/g, "failover"],
  [/\bback(?:s|ed|ing)? up\b/g, "backup"],
  [/\bset(?:s|ting)? up\b/g, "setup"],
  [/\broll(?:s|ed|ing)? back\b/g, "rollback"],
  [/\b(?:log|sign)(?:s|ged|ing)? (?:in|on)\b/g, "signin"],
  [/\bcontrol planes?\b/g, "controlplane"],
  // Switching a thing on is enabling it; what happens by itself happens automatically.
  [/\b(?:turn|switch|flip|toggle)(?:s|ed|ing|ped|ping)? (?:it |them |that |this )?on\b/g, "enable"],
  [/\bby default\b/g, "automatic default"],
  [/\b(?:out of the box|automatically)\b/g, "automatic"],
  // Deciding how something is set is choosing it: the customer's part wherever the provider
  // only offers the setting ("who picks the maintenance window?", "who sets the retention?").
  [
    /\b(?:pick(?:s|ed|ing)?|choos(?:e|es|ing)|chose|chosen|select(?:s|ed|ing)?|decid(?:e|es|ed|ing)|configur(?:e|es|ed|ing)|defin(?:e|es|ed|ing)|sets?|setting|decisions?|choices?)\b/g,
    "choose",
  ],
];

/** Every word joined as one, in lower case. */
export function joinCompounds(text: string): string {
  return COMPOUNDS.reduce((t, [pattern, word]) => t.replace(pattern, word), text.toLowerCase());
}

// English function words ("the", "which", "would"): stopword's list.
const STOPWORDS: ReadonlySet<string> = new Set(eng);

/** The terms of texts and duties for one knowledge base. */
export class DutyTerms {
  private readonly neutral: ReadonlySet<string>;
  private readonly ofDuties = new WeakMap<Duty, ReadonlySet<string>>();

  constructor(kb: Knowledge) {
    // Naming the provider never picks a duty: every duty of an area is somebody's.
    const providerWords = [...kb.providers.values()]
      .flatMap((p) => p.aliases)
      .filter((a) => !a.includes(" "));
    this.neutral = new Set([...kb.matching.dutyNeutralWords, ...providerWords]);
  }

  /** One word as BM25 indexes it, or null when it says nothing about which duty. */
  term(word: string): string | null {
    const w = word.toLowerCase();
    if (w.length < 2 || STOPWORDS.has(w) || this.neutral.has(w)) return null;
    return stem(w);
  }

  /** The terms of a text. */
  ofText(text: string): Set<string> {
    return new Set(
      joinCompounds(text)
        .split(/[^\p{L}\p{N}]+/u)
        .flatMap((w) => this.term(w) ?? []),
    );
  }

  /** The terms of a duty's text, worked out once. */
  ofDuty(duty: Duty): ReadonlySet<string> {
    let terms = this.ofDuties.get(duty);
    if (!terms) {
      terms = this.ofText(duty.text);
      this.ofDuties.set(duty, terms);
    }
    return terms;
  }
}
