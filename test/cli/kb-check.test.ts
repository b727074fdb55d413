// `npm run kb:check` as a maintainer runs it: the built checker in a child process, on the shipped
// folder and on a copy with a refused source.
import { execFile } from "node:child_process";
import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { DEFAULT_KNOWLEDGE_DIR } from "../../src/knowledge/files.js";

const bin = fileURLToPath(new URL("../../dist/adapters/cli/kb-check.js", import.meta.url));
const run = promisify(execFile);

describe("kb:check", () => {
  it("reports how many facts are checked, and lists the ones to check next", async () => {
    const { stdout } = await run(process.execPath, [bin, "--to-check"]);
    expect(stdout).toMatch(/^knowledge base OK/);
    expect(stdout).toMatch(/\d+ of \d+ facts checked against their sources \(oldest \d{4}-\d\d/);
    const listed = stdout.split("facts to check next")[1] ?? "";
    expect(
      listed.split("\n").filter((l) => /^ {2}(never|\d{4}-\d\d) /.test(l)).length,
    ).toBeGreaterThan(1000);
  });

  it("refuses a source on a mirror, naming the file, line and why, and exits 1", async () => {
    const dir = join(await mkdtemp(join(tmpdir(), "srm-kbcheck-")), "knowledge");
    await cp(DEFAULT_KNOWLEDGE_DIR, dir, { recursive: true });
    const file = join(dir, "services", "aws-data.yaml");
    const text = await readFile(file, "utf8");
    await writeFile(
      file,
      text.replace("https://docs.aws.amazon.com/", "https://docs.amazonaws.cn/en_us/"),
    );
    const failed = await run(process.execPath, [bin, dir]).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failed?.code).toBe(1);
    expect(failed?.stderr).toMatch(
      /services\/aws-data\.yaml:\d+ .*source https:\/\/docs\.amazonaws\.cn\/\S+ is refused: the China-region mirror/,
    );
  });
});
