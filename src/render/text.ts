// Answers as terminal text. Pure: colour is a parameter (the CLI turns it on only on a TTY).

import { styleText } from "node:util";
import type {
  Answer,
  ChecklistAnswer,
  ComparisonAnswer,
  ExplanationAnswer,
  MythAnswer,
  OwnershipAnswer,
  SubjectInfo,
} from "../core/answers/types.js";
import type { Owner } from "../core/contract.js";
import { ownerLabel } from "./owner-labels.js";
import { alsoLines, carriedNote, checkedNote, retiredNote, whenNote } from "./ownership-notes.js";

type Format = Exclude<Parameters<typeof styleText>[0], readonly unknown[]>;
type Paint = (style: Format | Format[], text: string) => string;

export interface TextOptions {
  readonly color: boolean;
}

const OWNER_STYLE: Record<Owner, Format> = {
  provider: "cyan",
  customer: "yellow",
  shared: "magenta",
};

export function renderText(answer: Answer, options: TextOptions): string {
  const paint: Paint = options.color ? (s, t) => styleText(s, t) : (_s, t) => t;
  return `${render(answer, paint).join("\n").trimEnd()}\n`;
}

function render(answer: Answer, paint: Paint): string[] {
  switch (answer.kind) {
    case "ownership":
      return ownership(answer, paint);
    case "checklist":
      return checklist(answer, paint);
    case "explanation":
      return explanation(answer, paint);
    case "myth":
      return myth(answer, paint);
    case "comparison":
      return comparison(answer, paint);
    case "tip":
      return [
        paint("bold", "💡 Tip"),
        answer.tip.text,
        paint("dim", `Source: ${answer.tip.source}`),
      ];
    case "help":
      return [
        paint("bold", "srm answers who owns what under the cloud shared responsibility model."),
        "",
        ...answer.examples.map(
          (e) => `  ${paint("green", e.command.padEnd(36))} ${paint("dim", e.label)}`,
        ),
      ];
    case "clarify":
      return [
        answer.question,
        ...answer.choices.map((c) => `  • ${c.label}  ${paint("dim", `(${c.command})`)}`),
      ];
    case "unknown":
      return [answer.message, "", "Try:", ...answer.suggestions.map((c) => `  • ${c.command}`)];
  }
}

function subjectLine(s: SubjectInfo): string {
  const variant = s.variant ? ` (${s.variant.name}${s.variantAssumed ? ", assumed" : ""})` : "";
  const scale = s.category ? ` · ${s.category.name}` : "";
  return `${s.name}${variant} · ${s.model.name}${scale}`;
}

function owned(owner: Owner, subject: SubjectInfo | undefined, paint: Paint): string {
  return paint(["bold", OWNER_STYLE[owner]], ownerLabel(owner, subject));
}

function ownership(a: OwnershipAnswer, paint: Paint): string[] {
  const o = a.ownership;
  const when = whenNote(o);
  const lines = [
    ...retiredLines(a.subject, paint),
    paint("bold", `${o.area.title} on ${a.subject.name}`),
    ...(o.duty ? [`Duty asked about: ${o.duty.text}`] : []),
    `Owner: ${owned(o.owner, a.subject, paint)}`,
    ...(when ? [when] : []),
    "",
    `${paint("bold", a.subject.provider?.short ?? "Provider")}: ${o.provider}`,
    `${paint("bold", "You")}: ${o.customer}`,
    "",
    paint("dim", subjectLine(a.subject)),
    paint("dim", `Source: ${o.source}`),
    paint("dim", checkedNote(o.checked)),
  ];
  if (a.corrections.length > 0) {
    lines.push(
      paint("dim", `(read ${a.corrections.map((c) => `"${c.from}" as "${c.to}"`).join(", ")})`),
    );
  }
  const also = alsoLines(a);
  if (also.length > 0) lines.push("", paint("bold", "Also asked"), ...also);
  const carried = carriedNote(a);
  if (carried) lines.push(paint("dim", carried));
  if (a.myth) lines.push("", `Common myth: "${a.myth.myth}"`);
  return [...lines, "", ...a.related.map((c) => paint("dim", `→ srm ${c.command}`))];
}

/** A retired service's cards say so before anything else. */
function retiredLines(subject: SubjectInfo, paint: Paint): string[] {
  const retired = retiredNote(subject);
  return retired ? [paint("bold", retired), ""] : [];
}

function checklist(a: ChecklistAnswer, paint: Paint): string[] {
  return [
    ...retiredLines(a.subject, paint),
    paint("bold", `Your checklist for ${a.subject.name}`),
    paint("dim", subjectLine(a.subject)),
    "",
    ...a.items.map((i) => `  [ ] ${i.item} ${paint("dim", `(${i.title})`)}`),
  ];
}

function explanation(a: ExplanationAnswer, paint: Paint): string[] {
  const width = Math.max(...a.rows.map((r) => r.area.title.length));
  return [
    ...retiredLines(a.subject, paint),
    paint("bold", `Shared responsibility for ${a.subject.name}`),
    paint("dim", subjectLine(a.subject)),
    "",
    a.summary,
    "",
    ...a.rows.map((r) => `  ${r.area.title.padEnd(width)}  ${owned(r.owner, a.subject, paint)}`),
  ];
}

function myth(a: MythAnswer, paint: Paint): string[] {
  const m = a.misconception;
  const lines = [paint("bold", `Myth: ${m?.myth ?? "the provider takes care of it"}`)];
  if (a.owner) lines.push(`Owner: ${owned(a.owner, a.subject, paint)}`);
  lines.push("", m?.reality ?? a.ownership?.customer ?? "");
  if (a.ownership && m)
    lines.push(
      "",
      `${paint("bold", `On ${a.subject?.name ?? "this service"}`)}: ${a.ownership.customer}`,
    );
  for (const s of a.stillYours ?? []) {
    lines.push("", `${paint("bold", `Still yours, ${s.area.title.toLowerCase()}`)}: ${s.customer}`);
  }
  const source = a.ownership?.source ?? m?.source;
  if (source) lines.push(paint("dim", `Source: ${source}`));
  return lines;
}

function comparison(a: ComparisonAnswer, paint: Paint): string[] {
  const differ = a.rows.filter((r) => r.left.owner !== r.right.owner);
  const width = Math.max(...a.rows.map((r) => r.area.title.length));
  return [
    ...retiredLines(a.left, paint),
    ...retiredLines(a.right, paint),
    paint("bold", `${a.left.name} vs ${a.right.name}`),
    paint("dim", `${subjectLine(a.left)}\n${subjectLine(a.right)}`),
    "",
    differ.length > 0 ? "Where the split differs:" : "The split is the same in every area.",
    ...differ.map(
      (r) =>
        `  ${r.area.title.padEnd(width)}  ${owned(r.left.owner, a.left, paint)} vs ${owned(r.right.owner, a.right, paint)}`,
    ),
    "",
    paint("dim", `Same owner in ${a.rows.length - differ.length} other areas.`),
  ];
}
