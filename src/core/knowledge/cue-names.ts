// The cues the matcher reads from cues.yaml, by name: the schema requires each of them, and the
// matcher's table refers to them, so a missing or misspelt cue fails at load, not at a question.
export const CUE_NAMES = [
  "greeting",
  "help",
  "tip",
  "compare",
  "explicit_checklist",
  "checklist",
  "explain",
  "strong_ownership",
  "ownership",
  "out_of_scope",
  "connective",
  "tag",
  "claim",
  "reported",
  "belief",
  "own_duty",
  "absolute",
  "wh_question",
  "question_start",
  "question_inside",
  "request",
  "condition",
  "negation",
  "migration",
] as const;

export type CueName = (typeof CUE_NAMES)[number];

/** Where a cue's patterns must sit in a message: anywhere (the default), or at one end. */
export const CUE_PLACES = ["anywhere", "start", "end", "whole"] as const;
export type CuePlace = (typeof CUE_PLACES)[number];
