// `srm matrix` and the several-service `srm checklist` as a user runs them: a child process,
// real stdout, stderr and exit code. The source runs through tsx, so no build is needed.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { parseCsv, parseMarkdownTable } from "../render/matrix/parsers.js";

const main = fileURLToPath(new URL("../../src/adapters/cli/main.ts", import.meta.url));

interface Run {
  readonly stdout: string;
  readonly stderr: string;
  readonly code: number;
}

function srm(args: readonly string[]): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", main, ...args], {
      env: { ...process.env, NO_COLOR: "1" },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (code) => resolve({ stdout, stderr, code: code ?? -1 }));
    child.stdin.end();
  });
}

const STACK = ["ec2", "rds", "s3", "aks", "cosmos", "blob storage"];
const IDS = ["aws-ec2", "aws-rds", "aws-s3", "azure-aks", "azure-cosmos-db", "azure-blob-storage"];
const commands = {
  text: ["matrix", ...STACK],
  csv: ["matrix", ...STACK, "--format", "csv"],
  md: ["matrix", "eks fargate", "lambda", "--format", "md"],
  json: ["matrix", ...STACK, "--format", "json"],
  unknown: ["matrix", "ec2", "cosmoss", "herokuu"],
  badFormat: ["matrix", "ec2", "--format", "xml"],
  none: ["matrix"],
  stackChecklist: ["checklist", "ec2", "rds", "blob storage"],
  stackChecklistCsv: ["checklist", "ec2", "rds", "--format", "csv"],
  stackChecklistBad: ["checklist", "ec2", "rds", "cosmoss", "--format", "md"],
  oneChecklist: ["checklist", "lambda"],
  oneAsked: ["ask", "checklist lambda"],
  variantChecklist: ["checklist", "eks", "fargate"],
  variantAsked: ["ask", "checklist eks fargate"],
  oneJson: ["checklist", "--json", "rds"],
  oneJsonAsked: ["ask", "--json", "checklist rds"],
} as const;
const runs = {} as Record<keyof typeof commands, Run>;

beforeAll(async () => {
  const names = Object.keys(commands) as (keyof typeof commands)[];
  const results = await Promise.all(names.map((n) => srm(commands[n])));
  for (const [i, n] of names.entries()) runs[n] = results[i] as Run;
}, 120_000);

describe("srm matrix", () => {
  it("prints the table, its notes and summary as plain text off a terminal", () => {
    const { stdout, stderr, code } = runs.text;
    expect(code).toBe(0);
    expect(stderr).toBe("");
    const [header, first] = stdout.split("\n");
    expect(header?.split(/\s{2,}/)).toEqual([
      "Area",
      "ec2",
      "rds",
      "s3",
      "aks",
      "cosmos-db",
      "blob-storage",
    ]);
    expect(first).toMatch(/^Physical security\s+AWS\s+AWS\s+AWS\s+Microsoft/);
    expect(stdout).toContain("Split across the stack:");
    expect(stdout).not.toContain("\u001b[");
  });

  it("prints CSV with one row of owner ids per area", () => {
    const { stdout, code } = runs.csv;
    expect(code).toBe(0);
    const [header, ...rows] = parseCsv(stdout);
    expect(header).toEqual(["area", ...IDS]);
    expect(rows).toHaveLength(22);
    for (const row of rows) {
      for (const owner of row.slice(1)) expect(["provider", "customer", "shared"]).toContain(owner);
    }
  });

  it("prints a Markdown table with the variants it read", () => {
    const { stdout, code } = runs.md;
    expect(code).toBe(0);
    const { header, rows } = parseMarkdownTable(stdout);
    expect(header).toEqual(["Area", "eks (fargate)", "lambda (zip)*"]);
    expect(rows).toHaveLength(22);
  });

  it("prints JSON that agrees with the CSV", () => {
    const json = JSON.parse(runs.json.stdout);
    const [, ...rows] = parseCsv(runs.csv.stdout);
    expect(json.columns.map((c: { service: string }) => c.service)).toEqual(IDS);
    expect(json.rows.map((r: { area: string; owners: string[] }) => [r.area, ...r.owners])).toEqual(
      rows,
    );
  });

  it("fails on unknown names, naming each with the closest services, on stderr", () => {
    const { stdout, stderr, code } = runs.unknown;
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain(
      'srm: Unknown service "cosmoss". Closest known services: Azure Cosmos DB',
    );
    expect(stderr).toContain('"herokuu"');
    expect(stderr).not.toContain('"ec2"');
  });

  it("fails on a format it does not know, and with no service", () => {
    expect(runs.badFormat.code).not.toBe(0);
    expect(runs.badFormat.stderr).toMatch(/xml/);
    expect(runs.none.code).not.toBe(0);
    expect(runs.none.stderr).toMatch(/missing required argument/);
  });
});

describe("srm checklist", () => {
  it("lists the union for several services", () => {
    const { stdout, code } = runs.stackChecklist;
    expect(code).toBe(0);
    expect(stdout.split("\n")[0]).toBe(
      "Your checklist for Amazon EC2, Amazon RDS and Azure Blob Storage",
    );
    const items = stdout.split("\n").filter((l) => l.startsWith("  [ ] "));
    expect(new Set(items).size).toBe(items.length);
  });

  it("writes the union as CSV", () => {
    const [header, ...rows] = parseCsv(runs.stackChecklistCsv.stdout);
    expect(header).toEqual(["area", "item", "services", "source"]);
    expect(new Set(rows.map((r) => r[2]))).toEqual(new Set(["aws-ec2", "aws-rds"]));
  });

  it("fails on a name it cannot read among several", () => {
    expect(runs.stackChecklistBad.code).toBe(1);
    expect(runs.stackChecklistBad.stderr).toContain('"cosmoss"');
  });

  it("answers one service exactly as before", () => {
    expect(runs.oneChecklist.code).toBe(0);
    expect(runs.oneChecklist.stdout).toContain("Your checklist for AWS Lambda");
    expect(runs.oneChecklist.stdout).toBe(runs.oneAsked.stdout);
    // "eks fargate" has always been EKS on Fargate, one service.
    expect(runs.variantChecklist.stdout).toBe(runs.variantAsked.stdout);
    expect(runs.oneJson.stdout).toBe(runs.oneJsonAsked.stdout);
    expect(JSON.parse(runs.oneJson.stdout)).toMatchObject({ intent: "checklist" });
  });
});
