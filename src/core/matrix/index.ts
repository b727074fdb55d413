// The stack views of the knowledge base: the responsibility matrix and the stack's checklist.
export { buildMatrix, summarize } from "./build.js";
export { buildStackChecklist, checklistOf, stackChecklistOf } from "./checklist.js";
export {
  matcherNameReader,
  type NameReading,
  nameReaderFor,
  type ServiceNameReader,
} from "./names.js";
export { severalServicesNamed } from "./several.js";
export { readStack, type StackReading, stackOfSubjects } from "./stack.js";
export { closestServices } from "./suggest.js";
export type * from "./types.js";
