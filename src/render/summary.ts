// One line that sums up an answer: a message's fallback text, a notification, a search preview.
import type { Answer } from "../core/answers/types.js";
import { ownerLabel } from "./owner-labels.js";

/** A one-line summary of an answer, for notifications and message extension previews. */
export function summaryOf(answer: Answer): string {
  switch (answer.kind) {
    case "ownership":
      return `${answer.ownership.area.title} on ${answer.subject.name}: ${ownerLabel(answer.ownership.owner, answer.subject)}`;
    case "checklist":
      return `Your checklist for ${answer.subject.name}`;
    case "explanation":
      return `Shared responsibility for ${answer.subject.name}`;
    case "myth":
      return `Myth: ${answer.misconception?.myth ?? "the provider takes care of it"}`;
    case "comparison":
      return `${answer.left.name} vs ${answer.right.name}`;
    case "tip":
      return `Tip: ${answer.tip.text}`;
    case "help":
      return "srm answers who owns what under the cloud shared responsibility model.";
    case "clarify":
      return answer.question;
    case "unknown":
      return answer.message;
  }
}
