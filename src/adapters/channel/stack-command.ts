// `stack …` and `matrix …` typed in a channel, the same on Slack and Teams: the channel's saved
// stack (service ids in the store) and the responsibility matrix of a stack. The names are read
// as `srm matrix` reads them, every owner comes from buildMatrix, and the platform shows the
// reply its own way (Block Kit, Adaptive Cards).
import type { Knowledge } from "../../core/knowledge/types.js";
import { buildMatrix } from "../../core/matrix/build.js";
import { nameReaderFor } from "../../core/matrix/names.js";
import { readStack } from "../../core/matrix/stack.js";
import type { Matrix, StackError, StackService } from "../../core/matrix/types.js";
import type { StackStore } from "../../store/extras.js";
import type { Platform } from "../../store/store.js";
import { idReader, stackIds } from "./stack-ids.js";

/** A stack in chat holds at most this many services: its matrix must fit one message. */
export const MAX_CHAT_STACK = 20;
/** Longer text than this names no stack of ours; it is refused before any reading. */
const MAX_TEXT = 2_000;

export interface StackPlace {
  readonly platform: Platform;
  /** The Slack channel id or the Teams conversation id. */
  readonly channel: string;
}

export interface StackCommandDeps {
  readonly store: StackStore;
  readonly kb: Knowledge;
}

export type StackReply =
  /** `stack NAMES`: saved; the services as read. */
  | { readonly kind: "saved"; readonly services: readonly StackService[] }
  /** `stack`: the channel's saved stack. */
  | { readonly kind: "stack"; readonly services: readonly StackService[] }
  /** `stack clear`: the channel has no saved stack any more. */
  | { readonly kind: "cleared" }
  /** `stack` or `matrix` with nothing named and no stack saved. */
  | { readonly kind: "none"; readonly command: "stack" | "matrix" }
  /** `matrix [NAMES]`: the matrix, of the saved stack or of the names given. */
  | { readonly kind: "matrix"; readonly matrix: Matrix; readonly saved: boolean }
  /** Names that could not be read (nothing saved); `saved` when the saved ids went stale. */
  | {
      readonly kind: "error";
      readonly command: "stack" | "matrix";
      readonly error: StackError;
      readonly saved: boolean;
    }
  /** More names than a chat stack holds (count), or far too much text: nothing read or saved. */
  | { readonly kind: "too-many"; readonly count: number | undefined };

/** "stack", "stack ec2 rds", "Matrix": the words that make a stack command. */
export function isStackCommand(text: string): boolean {
  return /^(stack|matrix)(\s|$)/i.test(text.trim());
}

/**
 * The names after the command word. Chat text has no quoting, so names with spaces are
 * separated by commas ("eks fargate, rds, blob storage"); without a comma, each word is a name.
 */
export function stackNames(rest: string): string[] {
  const parts = rest.includes(",") ? rest.split(",") : rest.split(/\s+/);
  return parts.map((p) => p.trim().replace(/\s+/g, " ")).filter((p) => p !== "");
}

export async function answerStackCommand(
  text: string,
  place: StackPlace,
  deps: StackCommandDeps,
): Promise<StackReply> {
  const [, word = "", rest = ""] = /^(\S+)\s*([\s\S]*)$/.exec(text.trim()) ?? [];
  const command = word.toLowerCase() === "matrix" ? "matrix" : "stack";
  if (rest.length > MAX_TEXT) return { kind: "too-many", count: undefined };
  if (command === "stack" && /^clear$/i.test(rest.trim())) {
    await deps.store.saveStack(place.platform, place.channel, []);
    return { kind: "cleared" };
  }
  const names = stackNames(rest);
  if (names.length > MAX_CHAT_STACK) return { kind: "too-many", count: names.length };
  if (names.length === 0) return showSaved(command, place, deps);
  if (command === "matrix") {
    const matrix = buildMatrix(deps.kb, names, nameReaderFor(deps.kb));
    return matrix.kind === "matrix"
      ? { kind: "matrix", matrix, saved: false }
      : { kind: "error", command, error: matrix, saved: false };
  }
  const stack = readStack(deps.kb, names, nameReaderFor(deps.kb));
  if (stack.kind === "stack-error") return { kind: "error", command, error: stack, saved: false };
  await deps.store.saveStack(place.platform, place.channel, stackIds(stack.services));
  return { kind: "saved", services: stack.services };
}

/** `stack` or `matrix` alone: the saved stack, read back from its ids. */
async function showSaved(
  command: "stack" | "matrix",
  place: StackPlace,
  deps: StackCommandDeps,
): Promise<StackReply> {
  const ids = await deps.store.savedStack(place.platform, place.channel);
  if (ids.length === 0) return { kind: "none", command };
  const matrix = matrixOfIds(deps.kb, ids);
  if (matrix.kind === "stack-error") return { kind: "error", command, error: matrix, saved: true };
  return command === "matrix"
    ? { kind: "matrix", matrix, saved: true }
    : { kind: "stack", services: matrix.columns };
}

/** The matrix of a stack kept as ids (saved, or carried by a button): buildMatrix's own. */
export function matrixOfIds(kb: Knowledge, ids: readonly string[]): Matrix | StackError {
  return buildMatrix(kb, ids.slice(0, MAX_CHAT_STACK), idReader(kb));
}
