// What the message extension lists for a search ("rds patching"): the ownership card asked
// for, then the same service's other key areas; for a bare service, its key areas; for a word
// that fits several services, each of them. Never an answer the bot is not sure of.
import type { Answer } from "../../core/answers/types.js";
import { REQUIRED_SERVICE_AREAS } from "../../core/contract.js";
import type { Srm } from "../../core/srm.js";

const MAX_RESULTS = 6;

export function extensionResults(srm: Srm, query: string): Answer[] {
  if (query.trim() === "") return [];
  const { answer } = srm.ask(query);
  const ownershipOf = (command: string) => {
    const a = srm.ask(command).answer;
    return a.kind === "ownership" ? [a] : [];
  };
  switch (answer.kind) {
    case "ownership": {
      const others = REQUIRED_SERVICE_AREAS.filter(
        (area) => area !== answer.ownership.area.id,
      ).flatMap((area) => ownershipOf(`who-owns ${area} on ${answer.subject.id}`));
      return [answer, ...others].slice(0, MAX_RESULTS);
    }
    case "explanation":
      return REQUIRED_SERVICE_AREAS.flatMap((area) =>
        ownershipOf(`who-owns ${area} on ${answer.subject.id}`),
      ).slice(0, MAX_RESULTS);
    case "clarify":
      return answer.choices
        .flatMap((c) => (c.command.startsWith("who-owns") ? ownershipOf(c.command) : []))
        .slice(0, MAX_RESULTS);
    case "checklist":
    case "myth":
    case "comparison":
      return [answer];
    default:
      return [];
  }
}
