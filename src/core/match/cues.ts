// The cues of cues.yaml compiled once per knowledge base: one regular expression per cue, over a
// message's words joined by single spaces.
import type { CueName } from "../knowledge/cue-names.js";
import { cueExpression, expandPattern, providerAlternation } from "../knowledge/cue-patterns.js";
import type { Knowledge } from "../knowledge/types.js";

export type Cues = Readonly<Record<CueName, RegExp>>;

const compiled = new WeakMap<Knowledge, Cues>();

/** The knowledge base's cues as regular expressions, compiled on first use. */
export function cuesOf(kb: Knowledge): Cues {
  let cues = compiled.get(kb);
  if (!cues) {
    cues = compileCues(kb);
    compiled.set(kb, cues);
  }
  return cues;
}

function compileCues(kb: Knowledge): Cues {
  const aliases = [...kb.providers.values()].flatMap((p) => p.aliases);
  const provider = providerAlternation([...aliases, ...kb.cues.providerWords]);
  const entries = Object.entries(kb.cues.cues).map(([name, cue]) => {
    const patterns = cue.patterns.map((p) => expandPattern(p, provider));
    return [name, new RegExp(cueExpression(patterns, cue.at))] as const;
  });
  return Object.fromEntries(entries) as Cues;
}
