// The matrix says what the bot says one question at a time: every cell, for every service and
// variant in the knowledge base, is the who-owns answer for that area and service.
import { describe, expect, it } from "vitest";
import { buildAnswer } from "../../../src/core/answers/build.js";
import type { SubjectRef } from "../../../src/core/match/subjects.js";
import { buildMatrix } from "../../../src/core/matrix/build.js";
import type { Matrix, StackError } from "../../../src/core/matrix/types.js";
import { shippedKnowledge, shippedSrm } from "../../helpers/knowledge.js";

const kb = shippedKnowledge();
const services = [...kb.services.values()];
const areas = [...kb.areas.values()];

function matrixOf(names: readonly string[]): Matrix {
  const result = buildMatrix(kb, names);
  if (result.kind !== "matrix") throw new Error(JSON.stringify(result.problems));
  return result;
}

function errorOf(names: readonly string[]): StackError {
  const result = buildMatrix(kb, names);
  if (result.kind !== "stack-error") throw new Error(`expected an error for ${names.join(", ")}`);
  return result;
}

/** The who-owns answer the bot builds for an area of a subject, as for `srm who-owns`. */
function whoOwns(subject: SubjectRef, area: string) {
  const interpretation = { intent: "who-owns" as const, subject, area };
  const answer = buildAnswer(
    kb,
    { interpretation, words: [], corrections: [] },
    { now: new Date("2026-01-01") },
  );
  if (answer.kind !== "ownership") throw new Error(`no who-owns answer for ${subject.id} ${area}`);
  return answer.ownership;
}

/**
 * Every service by its name, and every other variant by its first alias: one column each. (The
 * default variant named is the same column as the service named, and the matrix keeps one.)
 */
const everyColumn: { name: string; ref: SubjectRef }[] = services.flatMap((s) => [
  { name: s.name, ref: { id: s.id, kind: "service" as const } },
  ...s.variants.flatMap((v) => {
    const alias = v.id === s.defaultVariant ? undefined : v.aliases[0];
    return alias
      ? [{ name: alias, ref: { id: s.id, kind: "service" as const, variant: v.id } }]
      : [];
  }),
]);

describe("the responsibility matrix", () => {
  it("has every area by every service, in the order given", () => {
    const m = matrixOf(["ec2", "rds", "blob storage"]);
    expect(m.rows.map((r) => r.area.id)).toEqual([...kb.areas.keys()]);
    expect(m.columns.map((c) => c.subject.id)).toEqual([
      "aws-ec2",
      "aws-rds",
      "azure-blob-storage",
    ]);
    for (const row of m.rows) expect(row.cells).toHaveLength(3);
  });

  it("reads every service by its name and every variant by its alias", () => {
    const m = matrixOf(everyColumn.map((c) => c.name));
    const read = m.columns.map((c) => ({ id: c.subject.id, variant: c.subject.variant?.id }));
    const expected = everyColumn.map(({ ref }) => {
      const service = kb.services.get(ref.id);
      return { id: ref.id, variant: ref.variant ?? service?.defaultVariant };
    });
    expect(read).toEqual(expected);
  });

  it("agrees cell by cell with the who-owns answer, for every service, variant and area", () => {
    const m = matrixOf(everyColumn.map((c) => c.name));
    let compared = 0;
    for (const [i, { ref }] of everyColumn.entries()) {
      for (const row of m.rows) {
        const answer = whoOwns(ref, row.area.id);
        const cell = row.cells[i];
        expect(cell, `${ref.id} ${ref.variant ?? ""} ${row.area.id}`).not.toBeNull();
        expect(
          { owner: cell?.owner, source: cell?.source, variant: cell?.variant?.id },
          `${ref.id} ${ref.variant ?? ""} ${row.area.id}`,
        ).toEqual({ owner: answer.owner, source: answer.source, variant: answer.variant?.id });
        compared++;
      }
    }
    expect(compared).toBe(everyColumn.length * areas.length);
  });

  it("agrees with the answers to typed who-owns questions, end to end", () => {
    const srm = shippedSrm();
    let compared = 0;
    for (const service of services) {
      const m = matrixOf([service.name]);
      for (const row of m.rows) {
        const { answer, understood } = srm.ask(`who-owns ${row.area.title} on ${service.name}`);
        const i = understood.interpretation;
        // Only questions the bot read as this area of this service, with no narrower duty.
        if (i.intent !== "who-owns" || i.duty || i.area !== row.area.id) continue;
        if (i.subject.id !== service.id || answer.kind !== "ownership") continue;
        expect(row.cells[0]?.owner, `${service.id} ${row.area.id}`).toBe(answer.ownership.owner);
        compared++;
      }
    }
    // Most area titles read back as their area; the rest are covered by the test above.
    expect(compared).toBeGreaterThan(services.length * areas.length * 0.6);
  });

  it("shows the variant named, and the default one the who-owns answer assumes", () => {
    const m = matrixOf(["eks fargate", "eks", "eks on fargate", "ecs"]);
    const [fargate, eks, ecs] = m.columns;
    expect(fargate?.subject).toMatchObject({ id: "aws-eks", variantAssumed: false });
    expect(fargate?.subject.variant?.id).toBe("fargate");
    expect(eks?.subject).toMatchObject({ id: "aws-eks", variantAssumed: true });
    expect(eks?.subject.variant?.id).toBe(kb.services.get("aws-eks")?.defaultVariant);
    // "eks on fargate" is the same column as "eks fargate"; ECS has no default variant.
    expect(m.columns).toHaveLength(3);
    expect(ecs?.subject.variant).toBeUndefined();
  });

  it("reads typos as the bot does, and keeps the correction", () => {
    const m = matrixOf(["lamda"]);
    expect(m.columns[0]?.subject.id).toBe("aws-lambda");
    expect(m.columns[0]?.corrections).toEqual([{ from: "lamda", to: "lambda" }]);
  });

  it("keeps one column for one service named twice", () => {
    expect(matrixOf(["ec2", "Amazon EC2", "aws ec2"]).columns).toHaveLength(1);
  });
});

describe("the matrix summary", () => {
  it("puts each area in exactly one group, as its cells say", () => {
    const m = matrixOf(["ec2", "rds", "s3", "aks", "cosmos", "blob storage"]);
    const { everywhere, split } = m.summary;
    for (const row of m.rows) {
      const owners = new Set(row.cells.map((c) => c?.owner));
      const groups = [everywhere.provider, everywhere.customer, everywhere.shared, split].filter(
        (g) => g.includes(row.area),
      );
      expect(groups, row.area.id).toHaveLength(1);
      if (owners.size > 1) expect(split).toContain(row.area);
      else expect(everywhere[[...owners][0] ?? "shared"]).toContain(row.area);
    }
  });

  it("has nothing split for one service", () => {
    expect(matrixOf(["lambda"]).summary.split).toEqual([]);
  });
});

describe("names that are not one known service", () => {
  it("fails on an unknown name, naming it with the closest known services", () => {
    const { problems } = errorOf(["ec2", "cosmoss"]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ name: "cosmoss", reason: "unknown" });
    expect(problems[0]?.suggestions.map((s) => s.id)).toContain("azure-cosmos-db");
  });

  it("offers nothing rather than a far-fetched service", () => {
    expect(errorOf(["qwxz"]).problems[0]).toMatchObject({ reason: "unknown", suggestions: [] });
  });

  it("lists every bad name at once, each with its reason", () => {
    const { problems } = errorOf(["functions", "heroku", "paas", "ec2 rds", "rds", "zzz"]);
    expect(problems.map((p) => [p.name, p.reason])).toEqual([
      ["functions", "ambiguous"],
      ["heroku", "outside"],
      ["paas", "model"],
      ["ec2 rds", "several"],
      ["zzz", "unknown"],
    ]);
    expect(problems[0]?.suggestions.map((s) => s.id)).toContain("aws-lambda");
    expect(problems[3]?.suggestions.map((s) => s.id)).toEqual(["aws-ec2", "aws-rds"]);
  });

  it("fails with no names at all", () => {
    expect(errorOf([]).problems).toEqual([{ name: "", reason: "empty", suggestions: [] }]);
  });
});
