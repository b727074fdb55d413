// The responsibility matrix of a stack: every area by every service named. Each cell is the
// ownership the who-owns answer gives for that area and service (ownershipFor, the same call),
// so the matrix can never say other than the bot says one question at a time.
import { ownershipFor } from "../answers/subject.js";
import type { Owner } from "../contract.js";
import type { Area, Knowledge } from "../knowledge/types.js";
import { nameReaderFor, type ServiceNameReader } from "./names.js";
import { readStack } from "./stack.js";
import type { Matrix, MatrixRow, MatrixSummary, StackError, StackService } from "./types.js";

/**
 * The matrix of the services named, one column per name in the order given. Fails with every
 * name that is not exactly one known service (unknown, ambiguous, out of scope, a model).
 */
export function buildMatrix(
  kb: Knowledge,
  names: readonly string[],
  reader: ServiceNameReader = nameReaderFor(kb),
): Matrix | StackError {
  const stack = readStack(kb, names, reader);
  if (stack.kind === "stack-error") return stack;
  const rows = [...kb.areas.values()].map((area) => rowOf(kb, area, stack.services));
  return { kind: "matrix", columns: stack.services, rows, summary: summarize(rows) };
}

function rowOf(kb: Knowledge, area: Area, columns: readonly StackService[]): MatrixRow {
  return {
    area,
    cells: columns.map((c) => ownershipFor(kb, c.subject, area.id) ?? null),
  };
}

/** Areas one owner holds on every service, and areas the services disagree on. */
export function summarize(rows: readonly MatrixRow[]): MatrixSummary {
  const everywhere: Record<Owner, Area[]> = { provider: [], customer: [], shared: [] };
  const split: Area[] = [];
  for (const row of rows) {
    // A cell the knowledge base cannot fill says nothing about the stack: no claim either way.
    if (row.cells.some((c) => c === null)) continue;
    const owners = new Set(row.cells.map((c) => c?.owner));
    const [only] = owners;
    if (owners.size > 1) split.push(row.area);
    else if (only) everywhere[only].push(row.area);
  }
  return { everywhere, split };
}
