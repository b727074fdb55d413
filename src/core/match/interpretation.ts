// What the matcher understood of a message, and the facts each reading of it works from.
import type { Intent } from "../contract.js";
import type { Knowledge, Misconception } from "../knowledge/types.js";
import type { IntentAreaClassifier } from "../learn/classifier.js";
import type { Cues } from "./cues.js";
import type { Entities } from "./entities.js";
import type { Correction } from "./spelling.js";
import type { SubjectRef, SubjectResult } from "./subjects.js";
import type { Vocabulary } from "./vocabulary.js";

export type Interpretation =
  | {
      readonly intent: "who-owns";
      readonly subject: SubjectRef;
      readonly area: string;
      /** The one duty of the area asked about, when the question names one. */
      readonly duty?: string;
      /** Other services asked the same of ("patching on rds and ec2"). */
      readonly also?: readonly SubjectRef[];
      /**
       * What the answer took from elsewhere: a follow-up's subject or area from the conversation,
       * or the service that answers for the provider the question named.
       */
      readonly carried?: "subject" | "area" | "provider";
    }
  | { readonly intent: "checklist"; readonly subject: SubjectRef }
  | { readonly intent: "explain"; readonly subject: SubjectRef }
  | {
      readonly intent: "myth";
      readonly subject?: SubjectRef;
      readonly area?: string;
      readonly duty?: string;
      readonly misconception?: Misconception;
    }
  | { readonly intent: "compare"; readonly subjects: readonly [SubjectRef, SubjectRef] }
  | { readonly intent: "tip"; readonly subject?: SubjectRef; readonly area?: string }
  | { readonly intent: "help" }
  | {
      readonly intent: "clarify";
      readonly wanted: Intent;
      readonly question: "which-service" | "which-of";
      readonly term?: string;
      readonly choices: readonly string[];
      readonly area?: string;
    }
  | {
      readonly intent: "unknown";
      readonly reason: "out-of-scope" | "not-understood" | "needs-area";
      /** The uncovered provider, product or place named, when that is why. */
      readonly outside?: string;
      readonly subject?: SubjectRef;
      readonly area?: string;
    };

export type WhoOwns = Extract<Interpretation, { intent: "who-owns" }>;

/** What a conversation remembers between messages, so "and on aurora?" can be answered. */
export interface ConversationContext {
  readonly intent: Intent;
  readonly subject?: SubjectRef;
  readonly area?: string;
}

export interface Understood {
  readonly interpretation: Interpretation;
  readonly words: readonly string[];
  readonly corrections: readonly Correction[];
}

export interface Facts {
  readonly kb: Knowledge;
  readonly vocab: Vocabulary;
  /** The knowledge base's cues, compiled: what kind of answer a message wants. */
  readonly cues: Cues;
  readonly words: readonly string[];
  /** Where a word is a typo's correction, not what was typed. */
  readonly corrected: ReadonlySet<number>;
  readonly text: string;
  readonly message: string;
  readonly entities: Entities;
  readonly subjects: SubjectResult;
  readonly context: ConversationContext | undefined;
  readonly classifier: IntentAreaClassifier | undefined;
}
