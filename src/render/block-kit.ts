// Answers as Slack Block Kit: pure functions from the core's typed answers to {text, blocks}.
// Every string from the knowledge base or the user is escaped and clipped to Block Kit's limits.

import type { ActionsBlock, Button, KnownBlock } from "@slack/types";
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
import {
  actions,
  button,
  chunk,
  context,
  fields,
  hash,
  header,
  section,
} from "./block-kit-elements.js";
import { OWNER_EMOJI, ownerLabel } from "./owner-labels.js";
import { alsoLines, carriedNote, checkedNote, retiredNote, whenNote } from "./ownership-notes.js";
import { clip, escapeSlack, LIMITS, link } from "./slack-text.js";
import { summaryOf } from "./summary.js";

export interface SlackMessage {
  readonly text: string;
  readonly blocks: KnownBlock[];
}

export interface SlackRenderOptions {
  /** The answer is shown to the asker only: offer "Share in channel". */
  readonly ephemeral?: boolean;
  /** The question as asked, carried by the feedback and escalation buttons. */
  readonly question?: string;
  /** Whether an escalation channel is configured, so unknown answers can offer it. */
  readonly escalation?: boolean;
  /** Ticked checklist items (by index), so the ticks stay on the message. */
  readonly checked?: ReadonlySet<number>;
}

/** Checklist blocks' ids: `srm_list:<page>:<command>`. */
export const CHECKLIST_BLOCK = "srm_list:";

/** Action ids the Slack adapter listens for. */
export const ACTIONS = {
  run: "srm_run",
  share: "srm_share",
  feedback: "srm_feedback",
  escalate: "srm_escalate",
  check: "srm_check",
} as const;

export function toBlockKit(answer: Answer, options: SlackRenderOptions = {}): SlackMessage {
  const blocks = render(answer, options);
  const extra = answer.kind === "help" ? [] : [feedback(answer, options)];
  return {
    text: clip(summaryOf(answer), LIMITS.messageText),
    blocks: [...blocks, ...extra].slice(0, LIMITS.blocks),
  };
}

function render(answer: Answer, o: SlackRenderOptions): KnownBlock[] {
  switch (answer.kind) {
    case "ownership":
      return ownership(answer, o);
    case "checklist":
      return checklist(answer, o);
    case "explanation":
      return explanation(answer, o);
    case "myth":
      return myth(answer, o);
    case "comparison":
      return comparison(answer);
    case "tip":
      return [
        section(`:bulb: *Tip of the day*\n${escapeSlack(answer.tip.text)}`),
        context([link(answer.tip.source, "Source")]),
      ];
    case "help":
      return [
        section("*srm* answers who owns what under the cloud shared responsibility model. Try:"),
        section(
          answer.examples
            .map((e) => `• \`/srm ${escapeSlack(e.command)}\`  ${escapeSlack(e.label)}`)
            .join("\n"),
        ),
        section(
          `*In a channel:*\n${answer.channelExamples
            .map((e) => `• \`/srm ${escapeSlack(e.command)}\`  ${escapeSlack(e.label)}`)
            .join("\n")}`,
        ),
        context([
          "Ask in your own words too: mention me in a channel or send me a direct message.",
        ]),
      ];
    case "clarify":
      return [section(escapeSlack(answer.question)), choices(answer.choices)];
    case "unknown": {
      const escalate: Button[] =
        o.escalation && o.question
          ? [
              button(
                "Ask the security team",
                ACTIONS.escalate,
                clip(o.question, LIMITS.actionValue),
              ),
            ]
          : [];
      return [
        section(escapeSlack(answer.message)),
        ...(answer.suggestions.length > 0
          ? [context(["Did you mean:"]), choices(answer.suggestions)]
          : []),
        ...(escalate.length > 0 ? [actions(escalate)] : []),
      ];
    }
  }
}

function ownership(a: OwnershipAnswer, o: SlackRenderOptions): KnownBlock[] {
  const own = a.ownership;
  const who = `${OWNER_EMOJI[own.owner]} ${ownerLabel(own.owner, a.subject)}`;
  const title = `${own.area.title} on ${a.subject.name}`;
  const buttons = [
    ...a.related.map((c) => runButton(c)),
    ...(o.ephemeral
      ? [button("Share in channel", ACTIONS.share, clip(o.question ?? "", LIMITS.actionValue))]
      : []),
  ];
  const when = whenNote(own);
  return [
    ...retiredBlocks(a.subject),
    header(title),
    ...(own.duty ? [section(`*Duty asked about:* ${escapeSlack(clip(own.duty.text, 2900))}`)] : []),
    section(`*Owner:* ${escapeSlack(who)}`),
    ...(when ? [context([escapeSlack(when)])] : []),
    fields([
      `*${escapeSlack(a.subject.provider?.short ?? "The provider")} does*\n${escapeSlack(own.provider)}`,
      `*You do*\n${escapeSlack(own.customer)}`,
    ]),
    context([
      ...subjectContext(a.subject),
      link(own.source, "Source"),
      escapeSlack(checkedNote(own.checked)),
    ]),
    ...(alsoLines(a).length > 0
      ? [section(clip(`*Also asked*\n${escapeSlack(alsoLines(a).join("\n"))}`, 3000))]
      : []),
    ...(carriedNote(a) ? [context([escapeSlack(carriedNote(a) ?? "")])] : []),
    ...(a.corrections.length > 0
      ? [
          context([
            `Read ${a.corrections.map((c) => `“${escapeSlack(c.from)}” as “${escapeSlack(c.to)}”`).join(", ")}`,
          ]),
        ]
      : []),
    actions(buttons),
  ];
}

/** A retired service's cards say so before anything else. */
function retiredBlocks(subject: SubjectInfo): KnownBlock[] {
  const retired = retiredNote(subject);
  return retired ? [section(`:warning: *${escapeSlack(clip(retired, 2900))}*`)] : [];
}

function checklist(a: ChecklistAnswer, o: SlackRenderOptions): KnownBlock[] {
  const pages: KnownBlock[] = [];
  for (let start = 0; start < a.items.length; start += LIMITS.checkboxOptions) {
    const items = a.items.slice(start, start + LIMITS.checkboxOptions);
    const options = items.map((item, k) => ({
      text: { type: "mrkdwn" as const, text: clip(escapeSlack(item.item), LIMITS.optionText) },
      description: { type: "plain_text" as const, text: clip(item.title, LIMITS.optionText) },
      value: String(start + k),
    }));
    const initial = options.filter((opt) => o.checked?.has(Number(opt.value)));
    pages.push({
      type: "actions",
      // The command rides on the block, so a tick can rebuild the list with its ticks kept.
      block_id: clip(
        `${CHECKLIST_BLOCK}${start / LIMITS.checkboxOptions}:checklist ${a.subject.id}`,
        255,
      ),
      elements: [
        {
          type: "checkboxes",
          action_id: `${ACTIONS.check}_${start / LIMITS.checkboxOptions}`,
          options,
          ...(initial.length > 0 ? { initial_options: initial } : {}),
        },
      ],
    });
  }
  return [
    ...retiredBlocks(a.subject),
    header(`Your checklist for ${a.subject.name}`),
    context(subjectContext(a.subject)),
    ...pages,
    actions(a.related.map(runButton)),
  ];
}

function explanation(a: ExplanationAnswer, _o: SlackRenderOptions): KnownBlock[] {
  const byOwner = (owner: Owner) =>
    a.rows
      .filter((r) => r.owner === owner)
      .map((r) => r.area.title)
      .join(", ") || "—";
  return [
    ...retiredBlocks(a.subject),
    header(`Shared responsibility for ${a.subject.name}`),
    section(escapeSlack(a.summary)),
    fields(
      (["provider", "shared", "customer"] as const).map(
        (owner) =>
          `*${OWNER_EMOJI[owner]} ${escapeSlack(ownerLabel(owner, a.subject))}*\n${escapeSlack(byOwner(owner))}`,
      ),
    ),
    context(subjectContext(a.subject)),
    actions(a.related.map(runButton)),
  ];
}

function myth(a: MythAnswer, _o: SlackRenderOptions): KnownBlock[] {
  const m = a.misconception;
  const claim = m?.myth ?? "The provider takes care of it.";
  const reality = m?.reality ?? a.ownership?.customer ?? "";
  const source = a.ownership?.source ?? m?.source;
  return [
    header("Myth check"),
    section(`*Myth:* _${escapeSlack(claim)}_`),
    ...(a.owner
      ? [
          section(
            `*Who really owns it:* ${OWNER_EMOJI[a.owner]} ${escapeSlack(ownerLabel(a.owner, a.subject))}`,
          ),
        ]
      : []),
    section(`*Reality:* ${escapeSlack(reality)}`),
    ...(a.ownership && m
      ? [
          section(
            `*On ${escapeSlack(a.subject?.name ?? "this service")}:* ${escapeSlack(a.ownership.customer)}`,
          ),
        ]
      : []),
    ...(a.stillYours ?? []).map((s) =>
      section(
        clip(
          `*Still yours, ${escapeSlack(s.area.title.toLowerCase())}:* ${escapeSlack(s.customer)}`,
          3000,
        ),
      ),
    ),
    ...(source ? [context([link(source, "Source")])] : []),
    ...(a.related.length > 0 ? [actions(a.related.map(runButton))] : []),
  ];
}

function comparison(a: ComparisonAnswer): KnownBlock[] {
  const differ = a.rows.filter((r) => r.left.owner !== r.right.owner);
  const lines = differ.map(
    (r) =>
      `*${escapeSlack(r.area.title)}*: ${OWNER_EMOJI[r.left.owner]} ${escapeSlack(ownerLabel(r.left.owner, a.left))} vs ${OWNER_EMOJI[r.right.owner]} ${escapeSlack(ownerLabel(r.right.owner, a.right))}`,
  );
  const title = `${a.left.name} vs ${a.right.name}`;
  return [
    ...retiredBlocks(a.left),
    ...retiredBlocks(a.right),
    header(title),
    section(
      differ.length > 0 ? "Where the split differs:" : "The split is the same in every area.",
    ),
    ...chunk(lines, 20).map((part) => section(part.join("\n"))),
    context([`Same owner in ${a.rows.length - differ.length} other areas.`]),
    actions([
      runButton({ label: `Explain ${a.left.name}`, command: `explain ${a.left.id}` }),
      runButton({ label: `Explain ${a.right.name}`, command: `explain ${a.right.id}` }),
    ]),
  ];
}

function subjectContext(s: SubjectInfo): string[] {
  const variant = s.variant
    ? `${s.variant.name}${s.variantAssumed ? " (assumed)" : ""}`
    : undefined;
  return [escapeSlack([s.model.name, s.category?.name, variant].filter(Boolean).join(" · "))];
}

function feedback(answer: Answer, o: SlackRenderOptions): ActionsBlock {
  const value = (verdict: string) =>
    clip(
      JSON.stringify({ v: verdict, k: answer.kind, q: clip(o.question ?? "", 1500) }),
      LIMITS.actionValue,
    );
  return actions([
    { ...button("👍", `${ACTIONS.feedback}_up`, value("up")) },
    { ...button("👎", `${ACTIONS.feedback}_down`, value("down")) },
  ]);
}

function choices(list: readonly Choice[]): ActionsBlock {
  return actions(list.slice(0, 5).map(runButton));
}

function runButton(c: Choice, index = 0): Button {
  return button(
    c.label,
    `${ACTIONS.run}_${index}_${hash(c.command)}`,
    clip(c.command, LIMITS.actionValue),
  );
}
