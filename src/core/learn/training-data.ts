// The labelled examples the learned layer is trained on: the project's own question sets
// (never the shared dev set, which stays the public check) and examples written from the
// knowledge base: how each area is named, each duty, each myth's phrasings, and the ways people
// ask for a checklist, an explanation or a comparison. Built in a fixed order, so the same
// inputs always give the same model.

import { dutiesFor } from "../knowledge/resolve.js";
import type { Knowledge } from "../knowledge/types.js";
import { wordsOf } from "../match/clean-text.js";

export interface LabelledQuestion {
  readonly q: string;
  readonly expect: { readonly intent: string; readonly area: string | readonly string[] | null };
}

export interface Example {
  readonly words: readonly string[];
  readonly intent: string;
  readonly area?: string;
}

export function trainingExamples(kb: Knowledge, questions: readonly LabelledQuestion[]): Example[] {
  return [
    ...questions.map(fromQuestion),
    ...areaExamples(kb),
    ...dutyExamples(kb),
    ...mythExamples(kb),
    ...listExamples(kb),
  ];
}

function example(text: string, intent: string, area?: string): Example {
  return { words: wordsOf(text), intent, ...(area ? { area } : {}) };
}

function fromQuestion(c: LabelledQuestion): Example {
  const area = Array.isArray(c.expect.area) ? c.expect.area[0] : c.expect.area;
  return example(c.q, c.expect.intent, typeof area === "string" ? area : undefined);
}

/** A short name of each service in turn, so examples do not all name the same one. */
function serviceNames(kb: Knowledge): string[] {
  return [...kb.services.values()].map((s) => s.aliases[0] ?? s.name);
}

const OWNERSHIP_FRAMES = [
  "who owns {area} on {service}",
  "is {area} our job on {service}",
  "who is responsible for {area} for {service}",
  "{area} on {service} is that us or the provider",
];

function areaExamples(kb: Knowledge): Example[] {
  const services = serviceNames(kb);
  let n = 0;
  return [...kb.areas.values()].flatMap((area) =>
    [area.title.toLowerCase(), ...area.aliases].flatMap((alias) => {
      const frame = OWNERSHIP_FRAMES[n % OWNERSHIP_FRAMES.length] ?? "";
      const service = services[n++ % services.length] ?? "";
      return [
        example(frame.replace("{area}", alias).replace("{service}", service), "who-owns", area.id),
      ];
    }),
  );
}

/** "who <does the duty> on <service>": every stated duty and checklist item, as a who-owns question. */
function dutyExamples(kb: Knowledge): Example[] {
  const out: Example[] = [];
  for (const service of kb.services.values()) {
    const name = service.aliases[0] ?? service.name;
    for (const area of kb.areas.keys()) {
      for (const duty of dutiesFor(kb, { subject: service.id, area })) {
        out.push(example(`who ${lowerFirst(duty.text)} on ${name}`, "who-owns", area));
      }
    }
  }
  return out;
}

function mythExamples(kb: Knowledge): Example[] {
  return kb.misconceptions.flatMap((m) =>
    [m.myth, ...m.phrasings].map((p) => example(p, "myth", m.areas[0])),
  );
}

const LIST_FRAMES: readonly [string, string][] = [
  ["checklist for {service}", "checklist"],
  ["what do we have to handle ourselves on {service}", "checklist"],
  ["what are we responsible for on {service}", "checklist"],
  ["list our duties for {service}", "checklist"],
  ["explain {service}", "explain"],
  ["how does the shared responsibility model work for {service}", "explain"],
  ["who does what on {service}", "explain"],
];

function listExamples(kb: Knowledge): Example[] {
  const services = serviceNames(kb);
  return services.flatMap((service, i) => {
    const [frame, intent] = LIST_FRAMES[i % LIST_FRAMES.length] ?? ["", ""];
    const other = services[(i + 7) % services.length] ?? "";
    return [
      example(frame.replace("{service}", service), intent),
      example(`compare ${service} and ${other}`, "compare"),
    ];
  });
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
