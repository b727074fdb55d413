// The Teams app package, validated offline against the manifest's own JSON schema.
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import {
  fillIds,
  MANIFEST_DIR,
  manifestProblems,
  packageApp,
  readManifest,
} from "../../../scripts/teams-package.js";

const BOT = "11111111-2222-3333-4444-555555555555";
const APP = "66666666-7777-8888-9999-000000000000";

function pngSize(buffer: Buffer): [number, number] {
  expect(buffer.subarray(1, 4).toString()).toBe("PNG");
  return [buffer.readUInt32BE(16), buffer.readUInt32BE(20)];
}

describe("the Teams app manifest", () => {
  it("is valid against its schema, version 1.25 or newer", async () => {
    const manifest = fillIds(await readManifest(), BOT, APP);
    expect(Number(manifest.manifestVersion.split(".")[1])).toBeGreaterThanOrEqual(25);
    expect(await manifestProblems(manifest)).toEqual([]);
  });

  it("declares the bot in personal, team and group chat scopes, its commands and the search extension", async () => {
    const manifest = (await readManifest()) as unknown as {
      bots: { scopes: string[]; commandLists: { commands: { title: string }[] }[] }[];
      composeExtensions: { commands: { id: string; type: string }[] }[];
    };
    expect(manifest.bots[0]?.scopes).toEqual(["personal", "team", "groupChat"]);
    expect(manifest.bots[0]?.commandLists[0]?.commands.map((c) => c.title)).toContain(
      "who-owns patching on rds",
    );
    expect(manifest.composeExtensions[0]?.commands[0]).toMatchObject({
      id: "searchOwnership",
      type: "query",
    });
  });

  it("catches a broken manifest", async () => {
    const { name: _dropped, ...broken } = fillIds(await readManifest(), BOT, APP);
    expect(
      (await manifestProblems(broken as typeof _dropped & Awaited<ReturnType<typeof readManifest>>))
        .length,
    ).toBeGreaterThan(0);
    expect(() => fillIds({ id: "", manifestVersion: "1.25" }, "not-a-guid", APP)).toThrow(
      /MicrosoftAppId must be a GUID/,
    );
  });

  it("ships a 192x192 colour icon and a 32x32 outline icon", async () => {
    expect(pngSize(await readFile(join(MANIFEST_DIR, "color.png")))).toEqual([192, 192]);
    expect(pngSize(await readFile(join(MANIFEST_DIR, "outline.png")))).toEqual([32, 32]);
  });

  it("packages the manifest, with the ids filled in, and the two icons", async () => {
    const out = join(await mkdtemp(join(tmpdir(), "srm-teams-")), "app.zip");
    await packageApp(BOT, APP, out);
    const zip = await JSZip.loadAsync(await readFile(out));
    expect(Object.keys(zip.files).sort()).toEqual(["color.png", "manifest.json", "outline.png"]);
    const manifest = JSON.parse(await (zip.file("manifest.json")?.async("string") ?? ""));
    expect(manifest.id).toBe(APP);
    expect(manifest.bots[0].botId).toBe(BOT);
    expect(manifest.composeExtensions[0].botId).toBe(BOT);
  });
});
