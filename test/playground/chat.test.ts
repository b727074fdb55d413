// `srm chat` (src/adapters/cli/chat.ts): the terminal conversation over the same core, fed
// through streams as a pipe would feed it.
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { runChat } from "../../src/adapters/cli/chat.js";
import { shippedSrm } from "../helpers/knowledge.js";

async function chat(lines: string[]): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let written = "";
  output.on("data", (d: Buffer) => {
    written += d.toString();
  });
  const done = runChat(shippedSrm(), { input, output, color: false, terminal: false });
  input.end(lines.map((l) => `${l}\n`).join(""));
  await done;
  return written;
}

describe("srm chat", () => {
  it("answers each line, and a follow-up leans on the last question", async () => {
    const out = await chat(["who owns patching on rds", "and on ec2?"]);
    const rds = out.indexOf("Patching on Amazon RDS");
    const ec2 = out.indexOf("Patching on Amazon EC2");
    expect(rds).toBeGreaterThan(-1);
    expect(ec2).toBeGreaterThan(rds);
  });

  it("reads slash commands and typos as the bots do, skips blank lines, and stops at exit", async () => {
    const out = await chat([
      "/srm who-owns patching on rds",
      "",
      "who patches lamda",
      "exit",
      "tip",
    ]);
    expect(out).toContain("Patching on Amazon RDS");
    expect(out).toContain("Patching on AWS Lambda");
    expect(out).not.toContain("💡 Tip");
    expect(out.match(/srm> /g)?.length).toBe(4);
  });
});
