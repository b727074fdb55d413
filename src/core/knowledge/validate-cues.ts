// cues.yaml's rule beyond its schema: every pattern, with its placeholders filled in, is a
// regular expression JavaScript compiles. A broken pattern fails the load, naming its line.
import { CUE_NAMES } from "./cue-names.js";
import { cueExpression, expandPattern, providerAlternation } from "./cue-patterns.js";
import type { ParsedFile } from "./parse.js";
import type { Report } from "./validate.js";

export function checkCues(
  file: ParsedFile<"cues">,
  providers: ParsedFile<"providers"> | undefined,
  report: Report,
): void {
  const aliases = providers?.data.providers.flatMap((p) => p.aliases) ?? [];
  const provider = providerAlternation([...aliases, ...file.data.provider_words]);
  for (const name of CUE_NAMES) {
    for (const [i, pattern] of file.data.cues[name].patterns.entries()) {
      try {
        new RegExp(cueExpression([expandPattern(pattern, provider)]));
      } catch (error) {
        const why = error instanceof Error ? error.message : String(error);
        report(file, ["cues", name, "patterns", i], `not a pattern: ${why}`);
      }
    }
  }
}
