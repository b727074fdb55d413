// Answers as Adaptive Cards in the version Teams renders (1.5): pure functions from the core's
// typed answers to card JSON. Text is escaped for the card's markdown, so a question can never
// become a link or markup; every follow-up is an Action.Submit carrying a command.

import type {
  Answer,
  ChecklistAnswer,
  Choice,
  ComparisonAnswer,
  ExplanationAnswer,
  MythAnswer,
  OwnershipAnswer,
  SubjectInfo,
} from "../core/answers/types.js";
import type { Owner } from "../core/contract.js";
import { OWNER_EMOJI, ownerLabel } from "./owner-labels.js";
import { alsoLines, carriedNote, checkedNote, retiredNote, whenNote } from "./ownership-notes.js";

export type CardElement = Record<string, unknown>;

export interface AdaptiveCard {
  readonly type: "AdaptiveCard";
  readonly $schema: string;
  readonly version: "1.5";
  readonly body: CardElement[];
  readonly actions?: CardElement[];
  readonly msteams?: Record<string, unknown>;
}

/** What an Action.Submit sends back: the command to run. */
export interface SubmitData {
  readonly srm: string;
}

/** Teams' limit on a message's size, with room for the envelope. */
export const CARD_MAX_BYTES = 28_000;

export function toAdaptiveCard(answer: Answer): AdaptiveCard {
  const { body, actions } = render(answer);
  return {
    type: "AdaptiveCard",
    $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
    version: "1.5",
    body,
    ...(actions.length > 0 ? { actions: actions.slice(0, 6) } : {}),
    msteams: { width: "Full" },
  };
}

/**
 * Escapes the markdown Adaptive Cards understand (emphasis, links, code, lists, headings), and
 * breaks URLs so Teams cannot turn them into links: text shows as text.
 */
export function escapeCardText(text: string): string {
  return text
    .replace(/([\\`*_[\]~])/g, "\\$1")
    .replace(/^(\s*)([#+-]|\d+\.)(?=\s)/gm, "$1\\$2")
    .replace(/:\/\//g, ":/\u200b/");
}

interface Rendered {
  body: CardElement[];
  actions: CardElement[];
}

function render(answer: Answer): Rendered {
  switch (answer.kind) {
    case "ownership":
      return ownership(answer);
    case "checklist":
      return checklist(answer);
    case "explanation":
      return explanation(answer);
    case "myth":
      return myth(answer);
    case "comparison":
      return comparison(answer);
    case "tip":
      return {
        body: [title("💡 Tip of the day"), text(answer.tip.text), sourceLink(answer.tip.source)],
        actions: [],
      };
    case "help":
      return {
        body: [
          title("srm: who owns it, the cloud provider or us?"),
          text("Ask in your own words, or use a command:"),
          {
            type: "FactSet",
            facts: answer.examples.map((e) => ({
              title: escapeCardText(e.command),
              value: escapeCardText(e.label),
            })),
          },
          text("In a channel or chat:"),
          {
            type: "FactSet",
            facts: answer.channelExamples.map((e) => ({
              title: escapeCardText(e.command),
              value: escapeCardText(e.label),
            })),
          },
        ],
        actions: [],
      };
    case "clarify":
      return { body: [text(answer.question)], actions: answer.choices.map(submit) };
    case "unknown":
      return {
        body: [
          text(answer.message),
          ...(answer.suggestions.length > 0 ? [text("Did you mean:", { isSubtle: true })] : []),
        ],
        actions: answer.suggestions.map(submit),
      };
  }
}

function ownership(a: OwnershipAnswer): Rendered {
  const o = a.ownership;
  const when = whenNote(o);
  return {
    body: [
      ...retiredElements(a.subject),
      title(`${o.area.title} on ${a.subject.name}`),
      ...(o.duty ? [text(`Duty asked about: ${o.duty.text}`)] : []),
      text(`${OWNER_EMOJI[o.owner]} **${escapeCardText(ownerLabel(o.owner, a.subject))}**`, {
        raw: true,
        size: "Large",
        color: "Accent",
      }),
      {
        type: "FactSet",
        facts: [
          {
            title: escapeCardText(`${a.subject.provider?.short ?? "The provider"} does`),
            value: escapeCardText(o.provider),
          },
          { title: "You do", value: escapeCardText(o.customer) },
        ],
      },
      ...(when ? [text(when, { isSubtle: true, size: "Small" })] : []),
      text(subjectLine(a.subject), { isSubtle: true, size: "Small" }),
      ...(alsoLines(a).length > 0 ? [text(`Also asked: ${alsoLines(a).join("; ")}`)] : []),
      ...(carriedNote(a) ? [text(carriedNote(a) ?? "", { isSubtle: true, size: "Small" })] : []),
      ...(a.corrections.length > 0
        ? [
            text(`Read ${a.corrections.map((c) => `“${c.from}” as “${c.to}”`).join(", ")}`, {
              isSubtle: true,
              size: "Small",
            }),
          ]
        : []),
      sourceLink(o.source),
      text(checkedNote(o.checked), { isSubtle: true, size: "Small" }),
    ],
    actions: a.related.map(submit),
  };
}

/** A retired service's cards say so before anything else. */
function retiredElements(subject: SubjectInfo): CardElement[] {
  const retired = retiredNote(subject);
  return retired ? [text(`⚠️ ${retired}`, { color: "Attention" })] : [];
}

function checklist(a: ChecklistAnswer): Rendered {
  return {
    body: [
      ...retiredElements(a.subject),
      title(`Your checklist for ${a.subject.name}`),
      text(subjectLine(a.subject), { isSubtle: true, size: "Small" }),
      ...a.items.map((item, i) => ({
        type: "Input.Toggle",
        id: `srm-item-${i}`,
        title: `${item.item} (${item.title})`,
        value: "false",
        wrap: true,
      })),
    ],
    actions: a.related.map(submit),
  };
}

function explanation(a: ExplanationAnswer): Rendered {
  const byOwner = (owner: Owner) =>
    a.rows
      .filter((r) => r.owner === owner)
      .map((r) => r.area.title)
      .join(", ") || "—";
  return {
    body: [
      ...retiredElements(a.subject),
      title(`Shared responsibility for ${a.subject.name}`),
      text(a.summary),
      {
        type: "FactSet",
        facts: (["provider", "shared", "customer"] as const).map((owner) => ({
          title: escapeCardText(`${OWNER_EMOJI[owner]} ${ownerLabel(owner, a.subject)}`),
          value: escapeCardText(byOwner(owner)),
        })),
      },
      text(subjectLine(a.subject), { isSubtle: true, size: "Small" }),
    ],
    actions: a.related.map(submit),
  };
}

function myth(a: MythAnswer): Rendered {
  const m = a.misconception;
  const source = a.ownership?.source ?? m?.source;
  return {
    body: [
      title("Myth check"),
      text(`*Myth:* ${escapeCardText(m?.myth ?? "The provider takes care of it.")}`, { raw: true }),
      ...(a.owner
        ? [
            text(
              `**Who really owns it:** ${OWNER_EMOJI[a.owner]} ${escapeCardText(ownerLabel(a.owner, a.subject))}`,
              { raw: true },
            ),
          ]
        : []),
      text(m?.reality ?? a.ownership?.customer ?? ""),
      ...(a.ownership && m
        ? [
            text(
              `**On ${escapeCardText(a.subject?.name ?? "this service")}:** ${escapeCardText(a.ownership.customer)}`,
              { raw: true },
            ),
          ]
        : []),
      ...(a.stillYours ?? []).map((s) =>
        text(
          `**Still yours, ${escapeCardText(s.area.title.toLowerCase())}:** ${escapeCardText(s.customer)}`,
          { raw: true },
        ),
      ),
      ...(source ? [sourceLink(source)] : []),
    ],
    actions: a.related.map(submit),
  };
}

function comparison(a: ComparisonAnswer): Rendered {
  const differ = a.rows.filter((r) => r.left.owner !== r.right.owner);
  return {
    body: [
      ...retiredElements(a.left),
      ...retiredElements(a.right),
      title(`${a.left.name} vs ${a.right.name}`),
      text(differ.length > 0 ? "Where the split differs:" : "The split is the same in every area."),
      {
        type: "FactSet",
        facts: differ.map((r) => ({
          title: escapeCardText(r.area.title),
          value: escapeCardText(
            `${ownerLabel(r.left.owner, a.left)} vs ${ownerLabel(r.right.owner, a.right)}`,
          ),
        })),
      },
      text(`Same owner in ${a.rows.length - differ.length} other areas.`, {
        isSubtle: true,
        size: "Small",
      }),
    ],
    actions: [
      submit({ label: `Explain ${a.left.name}`, command: `explain ${a.left.id}` }),
      submit({ label: `Explain ${a.right.name}`, command: `explain ${a.right.id}` }),
    ],
  };
}

function subjectLine(s: SubjectInfo): string {
  const variant = s.variant
    ? `${s.variant.name}${s.variantAssumed ? " (assumed)" : ""}`
    : undefined;
  return [s.model.name, s.category?.name, variant].filter(Boolean).join(" · ");
}

function title(value: string): CardElement {
  return {
    type: "TextBlock",
    text: escapeCardText(value),
    weight: "Bolder",
    size: "Medium",
    wrap: true,
  };
}

interface TextOptions {
  readonly raw?: boolean;
  readonly isSubtle?: boolean;
  readonly size?: string;
  readonly color?: string;
}

/** A wrapped TextBlock; its text is escaped unless `raw` (our own markdown around escaped parts). */
function text(value: string, o: TextOptions = {}): CardElement {
  return {
    type: "TextBlock",
    text: o.raw ? value : escapeCardText(value),
    wrap: true,
    ...(o.isSubtle ? { isSubtle: true } : {}),
    ...(o.size ? { size: o.size } : {}),
    ...(o.color ? { color: o.color } : {}),
  };
}

/** The only links on a card: the knowledge base's https sources. */
function sourceLink(url: string): CardElement {
  const safe = /^https:\/\/[^\s()[\]<>]+$/.test(url);
  return safe
    ? { type: "TextBlock", text: `[Source](${url})`, wrap: true, size: "Small" }
    : text("Source unavailable");
}

function submit(choice: Choice): CardElement {
  const data: SubmitData = { srm: choice.command };
  return { type: "Action.Submit", title: choice.label.slice(0, 80), data };
}
