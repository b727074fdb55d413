// The stack's checklist: every customer duty of the services named, grouped by area, each once
// and tagged with the services that list it. Text for the terminal, Markdown, CSV and JSON.
import type { StackChecklist, StackService } from "../../core/matrix/types.js";
import { csvLines } from "./csv.js";
import { shortId } from "./labels.js";
import { markdownText } from "./markdown.js";
import { painter } from "./paint.js";

export interface ChecklistTextOptions {
  readonly color: boolean;
}

export function renderStackChecklistText(c: StackChecklist, options: ChecklistTextOptions): string {
  const paint = painter(options.color);
  const tags = tagger(c.services);
  const lines = [paint("bold", titleOf(c)), paint("dim", countOf(c))];
  for (const group of c.groups) {
    lines.push("", paint("bold", group.area.title));
    for (const i of group.items)
      lines.push(`  [ ] ${i.item} ${paint("dim", `(${tags(i.services)})`)}`);
  }
  return `${lines.join("\n")}\n`;
}

export function renderStackChecklistMarkdown(c: StackChecklist): string {
  const tags = tagger(c.services);
  const lines = [`## ${markdownText(titleOf(c))}`, "", markdownText(countOf(c))];
  for (const group of c.groups) {
    lines.push("", `### ${markdownText(group.area.title)}`, "");
    for (const i of group.items)
      lines.push(`- [ ] ${markdownText(i.item)} _(${markdownText(tags(i.services))})_`);
  }
  return `${lines.join("\n")}\n`;
}

/** `area,item,services,source`: services as ids separated by spaces. */
export function renderStackChecklistCsv(c: StackChecklist): string {
  const rows = c.groups.flatMap((g) =>
    g.items.map((i) => [g.area.id, i.item, i.services.join(" "), i.source ?? ""]),
  );
  return csvLines([["area", "item", "services", "source"], ...rows]);
}

export function renderStackChecklistJson(c: StackChecklist): string {
  const json = {
    services: c.services.map((s) => s.subject.id),
    groups: c.groups.map((g) => ({
      area: g.area.id,
      title: g.area.title,
      items: g.items.map((i) => ({ item: i.item, services: i.services, source: i.source ?? null })),
    })),
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

function titleOf(c: StackChecklist): string {
  const names = c.services.map((s) => s.subject.name);
  const joined =
    names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names.at(-1)}` : (names[0] ?? "");
  return `Your checklist for ${joined}`;
}

function countOf(c: StackChecklist): string {
  const items = c.groups.reduce((n, g) => n + g.items.length, 0);
  return `${items} duties in ${c.groups.length} areas, each listed once.`;
}

/** Service ids as the table names them: "ec2, rds". */
function tagger(services: readonly StackService[]): (ids: readonly string[]) => string {
  const short = new Map(services.map((s) => [s.subject.id, shortId(s.subject)]));
  return (ids) => ids.map((id) => short.get(id) ?? id).join(", ");
}
