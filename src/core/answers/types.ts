// The typed answers the core gives, one per intent. Renderers turn them into Block Kit,
// Adaptive Cards or terminal text; nothing here knows a platform.
import type { Owner } from "../contract.js";
import type { Ownership } from "../knowledge/resolve.js";
import type {
  Area,
  Category,
  ChecklistItem,
  Misconception,
  Model,
  Provider,
  Service,
  Tip,
  Variant,
} from "../knowledge/types.js";
import type { Correction } from "../match/spelling.js";

/** A follow-up the user can pick: a label to show and the command that asks it. */
export interface Choice {
  readonly label: string;
  readonly command: string;
}

/** A service or a service model, with everything a card says about it. */
export interface SubjectInfo {
  readonly id: string;
  readonly name: string;
  readonly kind: "service" | "model";
  readonly model: Model;
  readonly service?: Service;
  readonly provider?: Provider;
  readonly category?: Category;
  readonly variant?: Variant;
  /** True when the service has variants and the answer assumed its default one. */
  readonly variantAssumed: boolean;
}

export interface OwnershipAnswer {
  readonly kind: "ownership";
  readonly subject: SubjectInfo;
  readonly ownership: Ownership;
  /** The same question for the other services asked about with it ("on rds and ec2"). */
  readonly also?: readonly { readonly subject: SubjectInfo; readonly ownership: Ownership }[];
  /** What a follow-up took from the conversation's last question, so the card can say so. */
  readonly carried?: "subject" | "area" | "provider";
  readonly myth?: Misconception;
  readonly related: readonly Choice[];
  readonly corrections: readonly Correction[];
}

export interface ChecklistAnswer {
  readonly kind: "checklist";
  readonly subject: SubjectInfo;
  readonly items: readonly (ChecklistItem & { readonly title: string })[];
  readonly related: readonly Choice[];
}

export interface ExplanationAnswer {
  readonly kind: "explanation";
  readonly subject: SubjectInfo;
  readonly summary: string;
  /** Every area, resolved for this subject, in the knowledge base's area order. */
  readonly rows: readonly Ownership[];
  readonly related: readonly Choice[];
}

export interface MythAnswer {
  readonly kind: "myth";
  readonly subject?: SubjectInfo;
  readonly area?: Area;
  /** Who really owns what the myth is about; null when it is not about an owner. */
  readonly owner: Owner | null;
  readonly misconception?: Misconception;
  readonly ownership?: Ownership;
  /** What the belief forgets in related areas that is still the customer's ("your dependencies"). */
  readonly stillYours?: readonly { readonly area: Area; readonly customer: string }[];
  readonly related: readonly Choice[];
}

export interface ComparisonRow {
  readonly area: Area;
  readonly left: Ownership;
  readonly right: Ownership;
}

export interface ComparisonAnswer {
  readonly kind: "comparison";
  readonly left: SubjectInfo;
  readonly right: SubjectInfo;
  readonly rows: readonly ComparisonRow[];
}

export interface TipAnswer {
  readonly kind: "tip";
  readonly tip: Tip;
}

export interface HelpAnswer {
  readonly kind: "help";
  readonly examples: readonly Choice[];
  /** Commands for a channel on Slack and Teams (daily tips, the stack), not questions. */
  readonly channelExamples: readonly Choice[];
}

export interface ClarifyAnswer {
  readonly kind: "clarify";
  readonly question: string;
  readonly choices: readonly Choice[];
}

export interface UnknownAnswer {
  readonly kind: "unknown";
  readonly message: string;
  readonly suggestions: readonly Choice[];
}

export type Answer =
  | OwnershipAnswer
  | ChecklistAnswer
  | ExplanationAnswer
  | MythAnswer
  | ComparisonAnswer
  | TipAnswer
  | HelpAnswer
  | ClarifyAnswer
  | UnknownAnswer;
