// How the services of a stack and their owners are named in a table: short enough for a column
// ("eks (fargate)", "blob-storage"), with the variant each column assumes made visible.
import type { SubjectInfo } from "../../core/answers/types.js";
import type { Owner } from "../../core/contract.js";
import type { StackService } from "../../core/matrix/types.js";

/** Marks a column whose variant was not named: the default the who-owns answer assumes. */
export const ASSUMED_MARK = "*";

/** "eks (fargate)", "lambda (zip)*", "blob-storage": the service id without its cloud. */
export function columnLabel(column: StackService): string {
  const { subject } = column;
  const variant = subject.variant
    ? ` (${subject.variant.id})${subject.variantAssumed ? ASSUMED_MARK : ""}`
    : "";
  return `${shortId(subject)}${variant}`;
}

/** "aws-ec2" is "ec2"; "microsoft-365" stays whole, as "365" alone names nothing. */
export function shortId(subject: SubjectInfo): string {
  const prefix = `${subject.service?.provider ?? ""}-`;
  const rest = subject.id.startsWith(prefix) ? subject.id.slice(prefix.length) : subject.id;
  return /^\d+$/.test(rest) ? subject.id : rest;
}

/** A column's id for machines: the service id, with the variant when one was named. */
export function columnId(column: StackService): string {
  const { subject } = column;
  return subject.variant && !subject.variantAssumed
    ? `${subject.id}:${subject.variant.id}`
    : subject.id;
}

/** A cell at a glance: "AWS", "Microsoft", "You", "Shared". */
export function ownerShort(owner: Owner, subject: SubjectInfo): string {
  if (owner === "provider") return subject.provider?.short ?? "Provider";
  return owner === "customer" ? "You" : "Shared";
}

/** "Provider (AWS, Microsoft)": the clouds that the provider side stands for in this stack. */
export function providerSide(columns: readonly StackService[]): string {
  const names = [...new Set(columns.map((c) => c.subject.provider?.short ?? "Provider"))];
  return `Provider (${names.join(", ")})`;
}

/** What an unknown cell shows: the knowledge base has no fact there, so no owner is claimed. */
export const UNKNOWN_CELL = "?";
