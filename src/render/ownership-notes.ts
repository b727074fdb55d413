// The plain-text notes an ownership card adds under its answer, the same on every platform:
// what a follow-up carried over from the last question, and the other services asked about.
import type { OwnershipAnswer } from "../core/answers/types.js";
import { ownerLabel } from "./owner-labels.js";

/** "Carried over from your last question: Amazon RDS." or undefined. */
export function carriedNote(a: OwnershipAnswer): string | undefined {
  if (a.carried === "subject") return `Carried over from your last question: ${a.subject.name}.`;
  if (a.carried === "provider") {
    return `No service was named: answered for ${a.subject.name}, which holds this for ${a.subject.provider?.short ?? "the provider"}.`;
  }
  if (a.carried === "area") {
    return `Carried over from your last question: ${a.ownership.area.title.toLowerCase()}.`;
  }
  return undefined;
}

/** One line per other service asked about: "Patching on Amazon EC2: You". */
export function alsoLines(a: OwnershipAnswer): string[] {
  return (a.also ?? []).map(
    ({ subject, ownership }) =>
      `${ownership.area.title} on ${subject.name}: ${ownerLabel(ownership.owner, subject)}`,
  );
}
