// The typed results of reading a list of service names ("ec2 rds 'blob storage'") into a
// stack: the responsibility matrix, the customer's checklist for the whole stack, and the
// problems with names that could not be read. Renderers turn these into tables, CSV or cards.
import type { SubjectInfo } from "../answers/types.js";
import type { Owner } from "../contract.js";
import type { Ownership } from "../knowledge/resolve.js";
import type { Area } from "../knowledge/types.js";
import type { Correction } from "../match/spelling.js";

/** One service of the stack, as named and as read: the same subject a who-owns answer uses. */
export interface StackService {
  /** The name as given ("blob storage", "eks fargate", "lamda"). */
  readonly name: string;
  /** Always a service (kind "service"), with the variant named or the default assumed. */
  readonly subject: SubjectInfo;
  /** Typos the reading corrected ("lamda" read as "lambda"), so a renderer can say so. */
  readonly corrections: readonly Correction[];
}

export interface MatrixRow {
  readonly area: Area;
  /**
   * One cell per column, in column order: the ownership the who-owns answer gives. Null only
   * when the knowledge base has no fact for the area; it is shown as unknown, never guessed.
   */
  readonly cells: readonly (Ownership | null)[];
}

/** Which areas one owner holds on every service of the stack, and which the stack splits. */
export interface MatrixSummary {
  readonly everywhere: Readonly<Record<Owner, readonly Area[]>>;
  /** Areas whose owner differs from one service to another. */
  readonly split: readonly Area[];
}

export interface Matrix {
  readonly kind: "matrix";
  readonly columns: readonly StackService[];
  /** Every area of the knowledge base, in its order. */
  readonly rows: readonly MatrixRow[];
  readonly summary: MatrixSummary;
}

export type NameProblemReason =
  | "unknown" // no service by that name
  | "ambiguous" // a word several clouds use ("functions")
  | "outside" // a provider or product srm-bot does not cover ("heroku")
  | "model" // a service model ("paas"), not a service
  | "several" // more than one service in one name ("ec2 rds" quoted together)
  | "empty"; // no name at all

/** A service the knowledge base knows, offered instead of a name that could not be read. */
export interface ServiceSuggestion {
  readonly id: string;
  readonly name: string;
}

export interface NameProblem {
  readonly name: string;
  readonly reason: NameProblemReason;
  /** The closest known services (unknown), the choices (ambiguous) or those named (several). */
  readonly suggestions: readonly ServiceSuggestion[];
}

/** Why no matrix or checklist could be built: every name that could not be read. */
export interface StackError {
  readonly kind: "stack-error";
  readonly problems: readonly NameProblem[];
}

/** One customer duty of the stack's checklists, with the services whose checklist lists it. */
export interface StackChecklistItem {
  readonly item: string;
  readonly source?: string;
  /** Service ids, in column order. */
  readonly services: readonly string[];
}

export interface StackChecklistGroup {
  readonly area: Area;
  readonly items: readonly StackChecklistItem[];
}

export interface StackChecklist {
  readonly kind: "stack-checklist";
  readonly services: readonly StackService[];
  /** Areas in the knowledge base's order; only areas with at least one item. */
  readonly groups: readonly StackChecklistGroup[];
}
