// The stack's checklist renderers: every item once in each format, CSV read back whole.
import { describe, expect, it } from "vitest";
import { buildStackChecklist } from "../../../src/core/matrix/checklist.js";
import type { StackChecklist } from "../../../src/core/matrix/types.js";
import {
  renderStackChecklistCsv,
  renderStackChecklistJson,
  renderStackChecklistMarkdown,
  renderStackChecklistText,
} from "../../../src/render/matrix/checklist.js";
import { shippedKnowledge } from "../../helpers/knowledge.js";
import { parseCsv } from "./parsers.js";

const result = buildStackChecklist(shippedKnowledge(), ["ec2", "rds", "blob storage"]);
if (result.kind !== "stack-checklist") throw new Error("expected a checklist");
const list: StackChecklist = result;
const items = list.groups.flatMap((g) => g.items.map((i) => ({ area: g.area, ...i })));

describe("the stack's checklist", () => {
  it("reads back from CSV as area, item, services and source", () => {
    const [header, ...rows] = parseCsv(renderStackChecklistCsv(list));
    expect(header).toEqual(["area", "item", "services", "source"]);
    expect(rows).toEqual(
      items.map((i) => [i.area.id, i.item, i.services.join(" "), i.source ?? ""]),
    );
  });

  it("shows each item once as text, under its area, tagged with its services", () => {
    const text = renderStackChecklistText(list, { color: false });
    expect(text.split("\n")[0]).toBe(
      "Your checklist for Amazon EC2, Amazon RDS and Azure Blob Storage",
    );
    for (const i of items) expect(text.split(`[ ] ${i.item} (`)).toHaveLength(2);
    const first = items[0];
    expect(text).toContain(`${first?.area.title}\n  [ ] ${first?.item}`);
  });

  it("writes Markdown with a heading per area and a task per item", () => {
    const md = renderStackChecklistMarkdown(list);
    expect(md.match(/^### /gm)).toHaveLength(list.groups.length);
    expect(md.match(/^- \[ \] /gm)).toHaveLength(items.length);
  });

  it("writes JSON with every item", () => {
    const json = JSON.parse(renderStackChecklistJson(list));
    expect(json.services).toEqual(["aws-ec2", "aws-rds", "azure-blob-storage"]);
    expect(json.groups.flatMap((g: { items: unknown[] }) => g.items)).toHaveLength(items.length);
  });
});
