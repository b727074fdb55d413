// Reading a message with the conversation before it ("and on aurora?"), and the services a
// question lists beside its subject ("patching on rds and ec2").
import type { Intent } from "../contract.js";
import type { Facts, Interpretation, WhoOwns } from "./interpretation.js";
import { fromLearned, needSubject, whoOwns } from "./readings.js";
import type { SubjectRef } from "./subjects.js";

/** Fills what a short follow-up leaves out from the conversation's last question. */
export function followUp(f: Facts, wanted: Intent, area: string | undefined): Interpretation {
  const subjects = f.subjects.kind === "found" ? f.subjects.subjects : [];
  const [subject] = subjects;
  const ctx = f.context;
  if (subject && !area) {
    if (ctx?.intent === "who-owns" && ctx.area && looksLikeFollowUp(f)) {
      return { ...whoOwns(f, subject, ctx.area), carried: "area" };
    }
    if ((ctx?.intent === "checklist" || ctx?.intent === "explain") && looksLikeFollowUp(f)) {
      return { intent: ctx.intent, subject };
    }
    if (wanted !== "checklist") {
      const learned = fromLearned(f, subject);
      if (learned) return learned;
    }
    return { intent: wanted === "checklist" ? "checklist" : "explain", subject };
  }
  if (area && !subject && f.subjects.kind !== "ambiguous" && ctx?.subject && looksLikeFollowUp(f)) {
    return { ...whoOwns(f, ctx.subject, area), carried: "subject" };
  }
  return needSubject(wanted, f, area);
}

/**
 * "and on aurora?", "what about backups?", "aurora?": a message that leans on the last one. A
 * full question that only lacks a service ("who manages logins") is not one: it gets asked
 * which service, never silently the last question's.
 */
export function looksLikeFollowUp(f: Facts): boolean {
  return (
    /^(?:and|also|what about|how about|same for|same on|same question|what of|ok and|ok what about|then)\b/.test(
      f.text,
    ) ||
    (f.words.length <= 3 && !f.cues.question_start.test(f.text))
  );
}

/** Adds the other services the question joins to its subject with "and" or "or". */
export function withAlso(i: WhoOwns, f: Facts, subject: SubjectRef): Interpretation {
  const also = joinedServices(f, subject);
  return also.length > 0 ? { ...i, also } : i;
}

const JOINING = new Set(["and", "or", "plus", "also", "both", "as", "well", "vs", "on", "in"]);

/** "patching on rds and ec2", "rds, aurora or dynamodb": services listed beside the subject. */
export function joinedServices(f: Facts, subject: SubjectRef): SubjectRef[] {
  // A service folded into another as its variant ("eks on fargate") is not a second subject.
  const resolved = new Set(f.subjects.kind === "found" ? f.subjects.subjects.map((s) => s.id) : []);
  const mentions = f.entities.subjects.filter(
    (m) => m.target.kind === "service" && resolved.has(m.target.service),
  );
  const listed: SubjectRef[] = [];
  let previous = mentions.find(
    (m) => m.target.kind === "service" && m.target.service === subject.id,
  );
  if (!previous) return [];
  let joined = false;
  for (const m of mentions.slice(mentions.indexOf(previous) + 1)) {
    if (m.target.kind !== "service") continue;
    const end = previous.start + previous.phrase.split(" ").length;
    // Commas are gone by now: "s3, efs or ebs" reads "s3 efs or ebs".
    const between = f.words.slice(end, m.start);
    if (between.length > 3 || !between.every((w) => JOINING.has(w))) break;
    joined ||= between.some((w) => w === "and" || w === "or" || w === "plus");
    const ref: SubjectRef = {
      id: m.target.service,
      kind: "service",
      ...(m.target.variant ? { variant: m.target.variant } : {}),
    };
    if (ref.id !== subject.id && !listed.some((l) => l.id === ref.id)) listed.push(ref);
    previous = m;
  }
  return joined ? listed : [];
}
