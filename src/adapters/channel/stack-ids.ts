// Reads a stack back from the ids it was kept under ("aws-ec2", "aws-eks:fargate"): a saved
// stack, or the ids a "Download CSV" button carries. Only exact ids of the knowledge base are
// read; the matrix is then built by buildMatrix like any other, so every owner comes from the
// same resolution as a who-owns answer.
import type { Knowledge } from "../../core/knowledge/types.js";
import type { ServiceNameReader } from "../../core/matrix/names.js";
import { closestServices } from "../../core/matrix/suggest.js";
import type { StackService } from "../../core/matrix/types.js";
import { columnId } from "../../render/matrix/labels.js";

/** The ids a stack is kept under: one per column, the variant kept when it was named. */
export function stackIds(services: readonly StackService[]): string[] {
  return services.map(columnId);
}

/** A reader of column ids ("aws-eks:fargate"), for buildMatrix and readStack. */
export function idReader(kb: Knowledge): ServiceNameReader {
  return {
    read(name) {
      const [id = "", variant, ...rest] = name.split(":");
      const service = kb.services.get(id);
      const known =
        service !== undefined &&
        rest.length === 0 &&
        (variant === undefined || service.variants.some((v) => v.id === variant));
      if (!known) {
        return {
          kind: "problem",
          problem: { name, reason: "unknown", suggestions: closestServices(kb, id) },
        };
      }
      return {
        kind: "service",
        ref: { id, kind: "service", ...(variant ? { variant } : {}) },
        corrections: [],
      };
    },
    subjectsIn: () => [],
  };
}
