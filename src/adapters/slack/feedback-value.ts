// A 👍 / 👎 button's value (written by render/block-kit.ts) read back as the feedback to keep.
// The value comes back from a client: anything that is not the JSON object we wrote is read as
// empty, and the question is cleaned and bounded like any user text.
import { stripMarkup } from "../../core/match/clean-text.js";
import type { Feedback } from "../../store/store.js";

export function feedbackOfValue(value: string | undefined, user: string, at: Date): Feedback {
  const parsed = objectOf(value);
  return {
    platform: "slack",
    verdict: parsed.v === "down" ? "down" : "up",
    answerKind: String(parsed.k ?? ""),
    question: stripMarkup(String(parsed.q ?? "")).slice(0, 500),
    user,
    at,
  };
}

function objectOf(value: string | undefined): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(value ?? "{}");
    return typeof parsed === "object" && parsed !== null ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {}; // a tampered value: record what we can
  }
}
