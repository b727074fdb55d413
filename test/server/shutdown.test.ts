// `npm start` as a process: on SIGTERM it stops taking requests, finishes the one in flight and
// exits 0. Runs the production build (npm test builds it first).
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { postSlowly } from "../helpers/teams.js";

const main = fileURLToPath(new URL("../../dist/main.js", import.meta.url));

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe("the server process", () => {
  it("finishes a request in flight on SIGTERM and exits 0", async () => {
    const port = await freePort();
    const child = spawn(process.execPath, [main], {
      env: { PATH: process.env.PATH, PORT: String(port), LOG_LEVEL: "info" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
    await new Promise<void>((resolve, reject) => {
      // Every line is JSON; the first says where the server listens.
      child.stdout.on("data", (d: Buffer) => {
        const lines = d
          .toString()
          .trim()
          .split("\n")
          .map((l) => JSON.parse(l) as { msg: string });
        if (lines.some((l) => l.msg.startsWith("listening on 127.0.0.1"))) resolve();
      });
      child.on("exit", () => reject(new Error("the server exited before listening")));
    });
    // The signal arrives while the body is still coming.
    const status = postSlowly(`http://127.0.0.1:${port}`, 600, () => child.kill("SIGTERM"));
    expect(await status).toBe(200);
    expect(await exited).toBe(0);
  }, 20_000);
});
