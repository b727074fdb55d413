// The shape of cues.yaml: the phrases that tell what kind of answer a message wants.
import { z } from "zod";
import { CUE_NAMES, CUE_PLACES, type CueName } from "./cue-names.js";

const phrase = z
  .string()
  .trim()
  .min(2, "a phrase needs at least two characters")
  .refine((s) => s === s.toLowerCase(), "phrases are lowercase");

const pattern = z
  .string()
  .min(1, "must not be empty")
  .refine((s) => s === s.trim(), "a pattern has no spaces at its ends")
  .refine(
    (s) => !/(?<!\\)[A-Z]/.test(s),
    "patterns are lowercase: messages are matched in lower case",
  );

const cue = z.strictObject({
  at: z.enum(CUE_PLACES).optional(),
  patterns: z
    .array(pattern)
    .min(1)
    .refine((list) => new Set(list).size === list.length, "a pattern is listed twice"),
});

const cueShape = Object.fromEntries(CUE_NAMES.map((name) => [name, cue])) as Record<
  CueName,
  typeof cue
>;

export const cuesFile = z.strictObject({
  provider_words: z.array(phrase).min(1),
  cues: z.strictObject(cueShape),
});

export type CuesFile = z.infer<typeof cuesFile>;
