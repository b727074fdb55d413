// The plain-text notes an ownership card adds under its answer, the same on every platform:
// what a follow-up carried over from the last question, the other services asked about, a
// retired service, the case a fact describes and how recently it was checked.
import type { OwnershipAnswer, SubjectInfo } from "../core/answers/types.js";
import type { Ownership } from "../core/knowledge/resolve.js";
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

/** "Retired: AWS OpsWorks Stacks ended on 2024-05-26. …": said before anything else. */
export function retiredNote(subject: SubjectInfo | undefined): string | undefined {
  const retired = subject?.service?.retired;
  return retired ? `Retired: ${subject?.name} ended on ${retired.on}. ${retired.note}` : undefined;
}

/** How fresh the answering fact is: "Checked against the source: 2026-12". */
export function checkedNote(checked: string | undefined): string {
  return checked
    ? `Checked against the source: ${checked}`
    : "Not yet re-checked against the source";
}

/** The case the fact describes, when a plan or creation path changes it. */
export function whenNote(o: Ownership): string | undefined {
  return o.when ? `This describes ${o.when}.` : undefined;
}
