// With Teams off, botbuilder (about 14 MB of heap) is never loaded; with Teams on, it is.
// Each case runs in a fresh process over the production build.
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const dist = fileURLToPath(new URL("../../dist/", import.meta.url));

const script = (env: Record<string, string>) => `
  import { createRequire } from "node:module";
  const { buildBot } = await import(${JSON.stringify(`${dist}bot.js`)});
  const { parseConfig } = await import(${JSON.stringify(`${dist}config.js`)});
  const { Srm } = await import(${JSON.stringify(`${dist}core/srm.js`)});
  const { loadKnowledgeDir } = await import(${JSON.stringify(`${dist}knowledge/files.js`)});
  const bot = await buildBot(parseConfig(${JSON.stringify({ LOG_LEVEL: "error", ...env })}), new Srm(await loadKnowledgeDir()));
  const loaded = Object.keys(createRequire(import.meta.url).cache).some((f) => f.includes("/botbuilder/"));
  await bot.stop();
  console.log(JSON.stringify({ loaded }));
`;

async function botbuilderLoaded(env: Record<string, string>): Promise<boolean> {
  const { stdout } = await run(process.execPath, ["--input-type=module", "-e", script(env)]);
  return (JSON.parse(stdout.trim().split("\n").at(-1) ?? "{}") as { loaded: boolean }).loaded;
}

describe("the Teams adapter", () => {
  it("is loaded only when Teams is configured", async () => {
    expect(await botbuilderLoaded({ NODE_ENV: "production" })).toBe(false);
    expect(await botbuilderLoaded({})).toBe(true);
  }, 30_000);
});
