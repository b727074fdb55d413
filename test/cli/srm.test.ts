// The `srm` command as a user runs it: the built bin in a child process, real stdin and stdout.
import { execFile, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";

const bin = fileURLToPath(new URL("../../dist/adapters/cli/main.js", import.meta.url));
const run = promisify(execFile);

function srm(
  args: string[],
  input?: string,
): Promise<{ stdout: string; stderr: string; code: number }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], {
      env: { ...process.env, NO_COLOR: "1" },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (code) => resolve({ stdout, stderr, code: code ?? -1 }));
    child.stdin.end(input ?? "");
  });
}

beforeAll(() => {
  if (!existsSync(bin))
    throw new Error("run `npm run build` first: the CLI tests run the built bin");
});

describe("srm on the command line", () => {
  it("stops quietly when its reader closes the pipe early (`srm ask --json | head -1`)", async () => {
    const child = spawn(process.execPath, [bin, "ask", "--json"], {
      env: { ...process.env, NO_COLOR: "1" },
    });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    // Read the first answer, then close our end while thousands more are still to be written.
    child.stdout.once("data", () => child.stdout.destroy());
    child.stdin.end("who patches rds\n".repeat(5000));
    const code = await new Promise<number>((resolve) => child.on("close", (c) => resolve(c ?? -1)));
    expect(stderr).not.toContain("EPIPE");
    expect(code).toBe(0);
  });

  it("answers a command as readable text", async () => {
    const { stdout, code } = await srm(["who-owns", "patching", "on", "rds"]);
    expect(code).toBe(0);
    expect(stdout).toContain("Patching on Amazon RDS");
    expect(stdout).toContain("Owner: Shared: AWS and you");
    expect(stdout).toMatch(/Source: https:\/\/docs\.aws\.amazon\.com\//);
    expect(stdout).not.toContain("\u001b["); // no colour when not on a terminal
  });

  it("prints one contract JSON object for ask --json", async () => {
    const { stdout, code } = await srm(["ask", "--json", "is encryption on EFS our job?"]);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json).toMatchObject({
      intent: "who-owns",
      service: "aws-efs",
      area: "encryption-at-rest",
    });
  });

  it("reads one question a line from stdin and answers each in order", async () => {
    // An empty line still gets its answer (help), so answers stay aligned with questions.
    const questions = ["who patches the os on ec2", "", "checklist lambda", "whats the weather"];
    const { stdout, code } = await srm(["ask", "--json"], questions.join("\n"));
    expect(code).toBe(0);
    const lines = stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.intent)).toEqual(["who-owns", "help", "checklist", "unknown"]);
    expect(lines[0]).toMatchObject({ service: "aws-ec2", owner: "customer" });
  });

  it("prints usage with --help and fails clearly on a bad command", async () => {
    const help = await run(process.execPath, [bin, "--help"]);
    expect(help.stdout).toContain("Usage: srm");
    expect(help.stdout).toContain("who-owns");
    const bad = await srm(["frobnicate"]);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain("unknown command 'frobnicate'");
  });

  it("fails with a clear message when the knowledge folder does not exist", async () => {
    const { code, stderr } = await srm(["--knowledge", "/nonexistent/kb", "tip"]);
    expect(code).not.toBe(0);
    expect(stderr).toContain("no knowledge base at /nonexistent/kb");
  });
});
