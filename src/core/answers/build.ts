// Builds the answer for an interpretation. Read as a table: one builder per intent.
import type { Owner } from "../contract.js";
import type { Area, Knowledge, Misconception } from "../knowledge/types.js";
import type { Interpretation, Understood } from "../match/interpret.js";
import {
  channelExamples,
  checklistChoice,
  explainChoice,
  helpExamples,
  mythChoice,
  ownershipChoice,
  starterSuggestions,
} from "./choices.js";
import { ownershipFor, subjectInfo } from "./subject.js";
import { pickTip } from "./tips.js";
import type { Answer, SubjectInfo } from "./types.js";

export interface AnswerOptions {
  /** Used to pick the tip of the day; passed in so answers are reproducible. */
  readonly now: Date;
}

type Builder<I extends Interpretation["intent"]> = (
  kb: Knowledge,
  i: Extract<Interpretation, { intent: I }>,
  u: Understood,
  o: AnswerOptions,
) => Answer;

const builders: { [I in Interpretation["intent"]]: Builder<I> } = {
  "who-owns": (kb, i, u) => {
    const subject = subjectInfo(kb, i.subject);
    const ownership = subject && ownershipFor(kb, subject, i.area, i.duty);
    if (!subject || !ownership) return notUnderstood(kb);
    const myth = kb.misconceptions.find(
      (m) => m.services.includes(subject.id) && m.areas.includes(i.area),
    );
    const also = (i.also ?? []).flatMap((ref) => {
      const other = subjectInfo(kb, ref);
      const owned = other && ownershipFor(kb, other, i.area, i.duty);
      return other && owned ? [{ subject: other, ownership: owned }] : [];
    });
    return {
      kind: "ownership",
      subject,
      ownership,
      ...(also.length > 0 ? { also } : {}),
      ...(i.carried ? { carried: i.carried } : {}),
      ...(myth ? { myth } : {}),
      related: [
        checklistChoice(subject),
        explainChoice(subject),
        ...(myth ? [mythChoice(myth, subject)] : []),
      ],
      corrections: u.corrections,
    };
  },
  checklist: (kb, i) => {
    const subject = subjectInfo(kb, i.subject);
    if (!subject) return notUnderstood(kb);
    const items = (subject.service?.checklist ?? subject.model.checklist).map((item) => ({
      ...item,
      title: kb.areas.get(item.area)?.title ?? item.area,
    }));
    return { kind: "checklist", subject, items, related: [explainChoice(subject)] };
  },
  explain: (kb, i) => {
    const subject = subjectInfo(kb, i.subject);
    if (!subject) return notUnderstood(kb);
    const rows = [...kb.areas.keys()].flatMap((area) => ownershipFor(kb, subject, area) ?? []);
    const summary = subject.variant?.summary ?? subject.service?.summary ?? subject.model.summary;
    return { kind: "explanation", subject, summary, rows, related: [checklistChoice(subject)] };
  },
  myth: (kb, i) => {
    const subject = i.subject ? subjectInfo(kb, i.subject) : undefined;
    const area = i.area ? kb.areas.get(i.area) : undefined;
    const ownership = subject && area ? ownershipFor(kb, subject, area.id, i.duty) : undefined;
    const owner = ownership?.owner ?? mythOwner(kb, area?.id, i.misconception);
    const stillYours = subject && area ? forgotten(kb, subject, area) : [];
    return {
      kind: "myth",
      ...(subject ? { subject } : {}),
      ...(area ? { area } : {}),
      ...(stillYours.length > 0 ? { stillYours } : {}),
      owner,
      ...(i.misconception ? { misconception: i.misconception } : {}),
      ...(ownership ? { ownership } : {}),
      related: subject ? [checklistChoice(subject)] : [],
    };
  },
  compare: (kb, i) => {
    const [left, right] = i.subjects.map((s) => subjectInfo(kb, s));
    if (!left || !right) return notUnderstood(kb);
    const rows = [...kb.areas.values()].flatMap((area) => {
      const l = ownershipFor(kb, left, area.id);
      const r = ownershipFor(kb, right, area.id);
      return l && r ? [{ area, left: l, right: r }] : [];
    });
    return { kind: "comparison", left, right, rows };
  },
  tip: (kb, i, _u, o) => ({ kind: "tip", tip: pickTip(kb, o.now, i.subject?.id, i.area) }),
  help: () => ({ kind: "help", examples: helpExamples(), channelExamples: channelExamples() }),
  clarify: (kb, i) => {
    const area = i.area ? kb.areas.get(i.area) : undefined;
    const choices = (i.choices.length > 0 ? i.choices : ["aws-ec2", "aws-rds", "aws-lambda"])
      .flatMap((id) => subjectInfo(kb, { id, kind: "service" }) ?? [])
      .map((s: SubjectInfo) =>
        area
          ? ownershipChoice(s, area)
          : i.wanted === "checklist"
            ? checklistChoice(s)
            : explainChoice(s),
      )
      .map((c) => ({ ...c, label: c.label }));
    const question =
      i.question === "which-of"
        ? `"${i.term}" could mean more than one service. Which one do you mean?`
        : `Which service do you mean${area ? ` for ${area.title.toLowerCase()}` : ""}? Name it, for example "${area ? `${area.title.toLowerCase()} on rds` : "rds"}".`;
    return { kind: "clarify", question, choices };
  },
  unknown: (kb, i) => {
    if (i.reason === "out-of-scope" && i.outside) return outsideScope(kb, i.outside);
    if (i.reason === "out-of-scope") {
      return {
        kind: "unknown",
        message:
          "That is outside what I know. I answer who owns what under the cloud shared responsibility model.",
        suggestions: starterSuggestions(),
      };
    }
    if (i.reason === "needs-area" && i.subject) {
      const subject = subjectInfo(kb, i.subject);
      if (subject) {
        return {
          kind: "unknown",
          message: `Which responsibility on ${subject.name}? For example patching, encryption or backups.`,
          suggestions: ["patching", "encryption-at-rest", "backup-recovery"].flatMap((id) => {
            const area = kb.areas.get(id);
            return area ? [ownershipChoice(subject, area)] : [];
          }),
        };
      }
    }
    return notUnderstood(kb);
  },
};

export function buildAnswer(kb: Knowledge, understood: Understood, options: AnswerOptions): Answer {
  const i = understood.interpretation;
  return (builders[i.intent] as Builder<typeof i.intent>)(kb, i as never, understood, options);
}

/**
 * The customer's part in the areas a belief about this one usually forgets: "we moved to lambda,
 * no more patching" forgets the function's own dependencies, which stay the customer's.
 */
function forgotten(kb: Knowledge, subject: SubjectInfo, area: Area) {
  return (area.related ?? []).flatMap((id) => {
    const o = ownershipFor(kb, subject, id);
    return o && o.owner !== "provider" ? [{ area: o.area, customer: o.customer }] : [];
  });
}

/**
 * Who really owns what a myth is about when no service was named: the owner every service
 * model agrees on for the area, else the misconception's own, else unknown. A belief about
 * security as a whole ("serverless means no security") is never one party's: shared.
 */
function mythOwner(
  kb: Knowledge,
  area: string | undefined,
  m: Misconception | undefined,
): Owner | null {
  if (!area) return "shared";
  const owners = new Set([...kb.models.values()].map((model) => model.defaults[area]?.owner));
  const [only] = owners;
  if (owners.size === 1 && only) return only;
  return m?.areas.includes(area) ? (m.owner ?? null) : null;
}

/** What srm-bot covers, that this is not among it, and what the general model says. */
function outsideScope(kb: Knowledge, id: string): Answer {
  const outside = kb.outOfScope.outside.find((o) => o.id === id);
  const covered = coveredNames(kb);
  const what =
    outside?.kind === "place" || outside?.kind === "device"
      ? `${outside.name} are outside what I cover: I answer for cloud services of ${covered}.`
      : `I cover ${covered}; ${outside?.name ?? "that provider"} is not among them, so I cannot say who owns what there.`;
  return {
    kind: "unknown",
    message: `${what} ${kb.outOfScope.general}`,
    suggestions: starterSuggestions(),
  };
}

/** "Amazon Web Services, Microsoft Azure, Google Cloud, Microsoft 365, Salesforce and Google Workspace". */
function coveredNames(kb: Knowledge): string {
  const cloudIds = ["aws", "azure", "gcp"];
  const clouds = cloudIds.flatMap((id) => kb.providers.get(id)?.name ?? []);
  const saas = [...kb.services.values()]
    .filter((s) => s.model === "saas" && !cloudIds.includes(s.provider))
    .map((s) => s.name);
  const all = [...clouds, ...saas];
  return `${all.slice(0, -1).join(", ")} and ${all.at(-1)}`;
}

function notUnderstood(_kb: Knowledge): Answer {
  return {
    kind: "unknown",
    message: "I am not sure what you are asking, and I would rather not guess who owns it.",
    suggestions: starterSuggestions(),
  };
}
