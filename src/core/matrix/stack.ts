// Reads the names of a stack into its services, each as the who-owns answer would see it
// (subjectInfo: the variant named, or the default one assumed). All the names are read before
// failing, so one error can list every name that went wrong.
import { subjectInfo } from "../answers/subject.js";
import type { Knowledge } from "../knowledge/types.js";
import type { SubjectRef } from "../match/subjects.js";
import type { ServiceNameReader } from "./names.js";
import type { NameProblem, StackError, StackService } from "./types.js";

export type StackReading =
  | { readonly kind: "stack"; readonly services: readonly StackService[] }
  | StackError;

export function readStack(
  kb: Knowledge,
  names: readonly string[],
  reader: ServiceNameReader,
): StackReading {
  const services: StackService[] = [];
  const problems: NameProblem[] = [];
  for (const name of names) {
    const reading = reader.read(name);
    if (reading.kind === "problem") {
      problems.push(reading.problem);
      continue;
    }
    addService(services, stackService(kb, name, reading.ref, reading.corrections));
  }
  if (names.length === 0) problems.push({ name: "", reason: "empty", suggestions: [] });
  return problems.length > 0 ? { kind: "stack-error", problems } : { kind: "stack", services };
}

/** "ec2" and "amazon ec2" are one column; "eks" and "eks fargate" are two. */
function sameColumn(a: StackService["subject"], b: StackService["subject"]): boolean {
  return a.id === b.id && a.variant?.id === b.variant?.id;
}

/** The services the matcher found in one sentence ("for ec2 and rds"), named by their ids. */
export function stackOfSubjects(kb: Knowledge, refs: readonly SubjectRef[]): StackService[] {
  const services: StackService[] = [];
  for (const ref of refs) addService(services, stackService(kb, ref.id, ref, []));
  return services;
}

function stackService(
  kb: Knowledge,
  name: string,
  ref: SubjectRef,
  corrections: StackService["corrections"],
): StackService {
  const subject = subjectInfo(kb, ref);
  // The reader found this id in the knowledge base, so subjectInfo knows it too.
  if (!subject) throw new Error(`read "${name}" as ${ref.id}, which is not known`);
  return { name, subject, corrections };
}

function addService(services: StackService[], service: StackService): void {
  if (!services.some((s) => sameColumn(s.subject, service.subject))) services.push(service);
}
