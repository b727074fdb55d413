// A duty's text starts with its deed ("Takes the daily snapshot", "Rotate the tenant secret"):
// the matcher finds a duty by the verb a "who …" question asks about, so a text that starts with
// a verb that only asks ("Manages …", "Takes care of …") could never be found that way.
import type { FileData, ParsedFile, PathSegment } from "./parse.js";
import type { Report } from "./validate.js";

type Responsibilities = FileData<"services">["services"][number]["responsibilities"];

export function checkDutyTexts(
  services: readonly ParsedFile<"services">[],
  models: ParsedFile<"models"> | undefined,
  askingVerbs: readonly string[],
  report: Report,
): void {
  const check = (file: ParsedFile, path: PathSegment[], facts: Responsibilities) => {
    for (const [area, fact] of Object.entries(facts)) {
      for (const [i, duty] of (fact.duties ?? []).entries()) {
        const verb = startingAskingVerb(duty.text, askingVerbs);
        if (verb) {
          report(
            file,
            [...path, area, "duties", i, "text"],
            `starts with "${verb}", which only asks who is responsible: start with the deed ("Applies …", "Rotate …")`,
          );
        }
      }
    }
  };
  for (const file of services) {
    for (const [i, s] of file.data.services.entries()) {
      check(file, ["services", i, "responsibilities"], s.responsibilities);
      for (const [j, v] of (s.variants ?? []).entries()) {
        check(file, ["services", i, "variants", j, "responsibilities"], v.responsibilities);
      }
    }
  }
  for (const [i, m] of (models?.data.models ?? []).entries()) {
    if (models) check(models, ["models", i, "defaults"], m.defaults as Responsibilities);
  }
}

/** The asking verb a duty's text opens with ("Manages", "You handle"), if any. */
export function startingAskingVerb(
  text: string,
  askingVerbs: readonly string[],
): string | undefined {
  const opening = text.toLowerCase().replace(/^you\s+/, "");
  return askingVerbs.find((v) => opening === v || opening.startsWith(`${v} `));
}
