// The stack's checklist: the union of the checklists the bot gives service by service, grouped
// by area, each duty once; and when `srm checklist` names several services at all.
import { describe, expect, it } from "vitest";
import type { Knowledge, Service } from "../../../src/core/knowledge/types.js";
import { buildStackChecklist } from "../../../src/core/matrix/checklist.js";
import { nameReaderFor } from "../../../src/core/matrix/names.js";
import { severalServicesNamed } from "../../../src/core/matrix/several.js";
import type { StackChecklist } from "../../../src/core/matrix/types.js";
import { shippedKnowledge, shippedSrm } from "../../helpers/knowledge.js";

const kb = shippedKnowledge();

function checklistOf(names: readonly string[], knowledge: Knowledge = kb): StackChecklist {
  const result = buildStackChecklist(knowledge, names);
  if (result.kind !== "stack-checklist") throw new Error(JSON.stringify(result.problems));
  return result;
}

/** The items of the checklist answer the bot gives for one service. */
function answerItems(question: string): { area: string; item: string }[] {
  const { answer } = shippedSrm().ask(question);
  if (answer.kind !== "checklist") throw new Error(`no checklist for ${question}`);
  return answer.items.map((i) => ({ area: i.area, item: i.item }));
}

const flat = (c: StackChecklist) =>
  c.groups.flatMap((g) => g.items.map((i) => ({ area: g.area.id, item: i.item, by: i.services })));

describe("the checklist of a stack", () => {
  it("is the union of the checklists the bot gives for each service", () => {
    const union = flat(checklistOf(["ec2", "rds", "s3", "blob storage"]));
    const expected = ["checklist ec2", "checklist rds", "checklist s3", "checklist blob storage"]
      .flatMap(answerItems)
      .map(({ area, item }) => `${area}|${item}`);
    expect(new Set(union.map((i) => `${i.area}|${i.item}`))).toEqual(new Set(expected));
  });

  it("lists each duty once, under its area, areas in the knowledge base's order", () => {
    const c = checklistOf(["ec2", "rds", "s3", "lambda", "aks", "cosmos"]);
    const keys = flat(c).map((i) => `${i.area}|${i.item.toLowerCase()}`);
    expect(new Set(keys).size).toBe(keys.length);
    const order = [...kb.areas.keys()];
    const indexes = c.groups.map((g) => order.indexOf(g.area.id));
    expect(indexes).toEqual([...indexes].sort((a, b) => a - b));
    expect(new Set(c.groups.map((g) => g.area.id)).size).toBe(c.groups.length);
  });

  it("tags each duty with the services whose checklist lists it", () => {
    const c = checklistOf(["ec2", "rds"]);
    const ec2 = new Set(answerItems("checklist ec2").map((i) => i.item));
    for (const i of flat(c)) expect(i.by).toEqual(ec2.has(i.item) ? ["aws-ec2"] : ["aws-rds"]);
  });

  it("counts a service once, whatever its variants", () => {
    const once = flat(checklistOf(["eks"]));
    expect(flat(checklistOf(["eks", "eks fargate", "amazon eks"]))).toEqual(once);
    expect(once.length).toBe(answerItems("checklist eks").length);
  });

  it("merges the same duty listed by two services, keeping both", () => {
    const ec2 = kb.services.get("aws-ec2") as Service;
    const rds = kb.services.get("aws-rds") as Service;
    const shared = ec2.checklist[0];
    if (!shared) throw new Error("ec2 has no checklist");
    // The same duty, worded with other case and spacing, in RDS's checklist too.
    const reworded = { ...shared, item: `  ${shared.item.toUpperCase()} ` };
    const withCopy: Knowledge = {
      ...kb,
      services: new Map([
        ...kb.services,
        ["aws-rds", { ...rds, checklist: [...rds.checklist, reworded] }],
      ]),
    };
    const items = flat(checklistOf(["ec2", "rds"], withCopy));
    const copies = items.filter((i) => i.item.toLowerCase() === shared.item.toLowerCase());
    expect(copies).toEqual([{ area: shared.area, item: shared.item, by: ["aws-ec2", "aws-rds"] }]);
    expect(items).toHaveLength(ec2.checklist.length + rds.checklist.length);
  });

  it("fails on a name that is not a service, naming it", () => {
    const result = buildStackChecklist(kb, ["ec2", "rdss3"]);
    expect(result).toMatchObject({ kind: "stack-error", problems: [{ name: "rdss3" }] });
  });
});

describe("`srm checklist WORDS` names several services", () => {
  const reader = nameReaderFor(kb);
  const ids = (words: string[]) => {
    const r = severalServicesNamed(kb, words, reader);
    return r?.kind === "stack" ? r.services.map((s) => s.subject.id) : r;
  };

  it("when each word is a distinct service", () => {
    expect(ids(["ec2", "rds", "s3"])).toEqual(["aws-ec2", "aws-rds", "aws-s3"]);
    expect(ids(["aks", "cosmos", "blob storage"])).toEqual([
      "azure-aks",
      "azure-cosmos-db",
      "azure-blob-storage",
    ]);
  });

  it("when a sentence names them", () => {
    expect(ids(["for", "ec2", "and", "rds"])).toEqual(["aws-ec2", "aws-rds"]);
    expect(ids(["ec2", "blob", "storage"])).toEqual(["aws-ec2", "azure-blob-storage"]);
  });

  it("failing on a name among them that is no service, rather than leaving it out", () => {
    expect(severalServicesNamed(kb, ["ec2", "rds", "cosmoss"], reader)).toMatchObject({
      kind: "stack-error",
      problems: [{ name: "cosmoss", reason: "unknown" }],
    });
  });

  it("never when the command has always read one service", () => {
    for (const words of [["lambda"], ["eks", "fargate"], ["ecs", "ec2"], ["eks", "on", "fargate"]])
      expect(ids(words), words.join(" ")).toBeUndefined();
    expect(ids(["gke", "autopilot", "vs", "standard"])).toBeUndefined();
  });
});
