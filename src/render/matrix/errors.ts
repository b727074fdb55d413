// Why a stack could not be read, one plain sentence per name: for stderr, a Slack ephemeral
// message or a card. Each names the name and what to say instead.
import type { NameProblem, ServiceSuggestion, StackError } from "../../core/matrix/types.js";

export function stackErrorLines(error: StackError): string[] {
  return error.problems.map(problemSentence);
}

export function problemSentence(p: NameProblem): string {
  const quoted = `"${p.name}"`;
  switch (p.reason) {
    case "unknown":
      return p.suggestions.length > 0
        ? `Unknown service ${quoted}. Closest known services: ${list(p.suggestions)}.`
        : `Unknown service ${quoted}, and no known service comes close.`;
    case "ambiguous":
      return `${quoted} could mean more than one service: ${list(p.suggestions)}. Name one.`;
    case "outside":
      return `${quoted} is outside what srm-bot covers, so it cannot say who owns what there.`;
    case "model":
      return `${quoted} is a service model, not a service. Name the services of your stack.`;
    case "several":
      return `${quoted} names more than one service (${list(p.suggestions)}). Give each its own name.`;
    case "empty":
      return "Name at least one service, e.g. ec2 rds s3.";
  }
}

/** "Amazon RDS (aws-rds), Amazon Aurora (aws-aurora)". */
function list(suggestions: readonly ServiceSuggestion[]): string {
  return suggestions.map((s) => `${s.name} (${s.id})`).join(", ");
}
