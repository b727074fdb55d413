// `npm start` as a process: on SIGTERM it stops taking requests, finishes the one in flight and
// exits 0. Runs the production build (npm test builds it first).
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { postSlowly } from "../helpers/teams.js";

const main = fileURLToPath(new URL("../../dist/main.js", import.meta.url));

describe("the server process", () => {
  it("finishes a request in flight on SIGTERM and exits 0", async () => {
    const child = spawn(process.execPath, [main], {
      env: { PATH: process.env.PATH, PORT: "0", LOG_LEVEL: "info" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
    // Every line is JSON; one says which port the server took.
    const port = await new Promise<number>((resolve, reject) => {
      child.stdout.on("data", (d: Buffer) => {
        for (const line of d.toString().trim().split("\n")) {
          const at = /^listening on 127\.0\.0\.1:(\d+)$/.exec(
            (JSON.parse(line) as { msg: string }).msg,
          );
          if (at) resolve(Number(at[1]));
        }
      });
      child.on("exit", () => reject(new Error("the server exited before listening")));
    });
    // The signal arrives while the body is still coming.
    const status = postSlowly(`http://127.0.0.1:${port}`, 600, () => child.kill("SIGTERM"));
    expect(await status).toBe(200);
    expect(await exited).toBe(0);
  }, 20_000);
});
