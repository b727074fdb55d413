// `npm run teams:package`: fills the app and bot ids into the Teams manifest, checks it against
// its schema (shipped offline by @microsoft/app-manifest) and zips it with the two icons into
// an app package ready to upload. Ids come from TEAMS_APP_ID (or a new one) and MicrosoftAppId.
import { randomUUID } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import JSZip from "jszip";

export const MANIFEST_DIR = fileURLToPath(new URL("../manifests/teams/", import.meta.url));
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Manifest = Record<string, unknown> & {
  id: string;
  manifestVersion: string;
  bots?: { botId: string }[];
  composeExtensions?: { botId?: string }[];
};

export async function readManifest(dir = MANIFEST_DIR): Promise<Manifest> {
  return JSON.parse(await readFile(join(dir, "manifest.json"), "utf8")) as Manifest;
}

/** The manifest with the bot registration's id in every place Teams needs it. */
export function fillIds(manifest: Manifest, botId: string, appId: string): Manifest {
  for (const [name, value] of [
    ["MicrosoftAppId", botId],
    ["TEAMS_APP_ID", appId],
  ]) {
    if (!GUID.test(value ?? "")) throw new Error(`${name} must be a GUID, got "${value}"`);
  }
  return {
    ...manifest,
    id: appId,
    bots: (manifest.bots ?? []).map((b) => ({ ...b, botId })),
    composeExtensions: (manifest.composeExtensions ?? []).map((c) => ({ ...c, botId })),
  };
}

/** Problems the manifest's own JSON schema finds (validated offline). */
export async function manifestProblems(manifest: Manifest): Promise<string[]> {
  const require = createRequire(import.meta.url);
  const pkg = dirname(require.resolve("@microsoft/app-manifest/package.json"));
  const schemaFile = join(
    pkg,
    "build",
    "json-schemas",
    "teams",
    `v${manifest.manifestVersion}`,
    "MicrosoftTeams.schema.json",
  );
  const schema = JSON.parse(await readFile(schemaFile, "utf8"));
  const { ManifestUtil } = (await import("@microsoft/app-manifest")) as unknown as {
    ManifestUtil: { validateManifestAgainstSchema(m: unknown, s: unknown): Promise<string[]> };
  };
  return ManifestUtil.validateManifestAgainstSchema(manifest, schema);
}

export async function packageApp(
  botId: string,
  appId: string,
  outFile: string,
  dir = MANIFEST_DIR,
): Promise<string> {
  const manifest = fillIds(await readManifest(dir), botId, appId);
  const problems = await manifestProblems(manifest);
  if (problems.length > 0)
    throw new Error(`the Teams manifest is invalid:\n  ${problems.join("\n  ")}`);
  const zip = new JSZip();
  zip.file("manifest.json", JSON.stringify(manifest, null, 2));
  for (const icon of ["color.png", "outline.png"]) zip.file(icon, await readFile(join(dir, icon)));
  await mkdir(dirname(outFile), { recursive: true });
  await writeFile(outFile, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  return outFile;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await import("dotenv/config");
  const botId = process.env.MicrosoftAppId ?? "";
  const appId = process.env.TEAMS_APP_ID ?? randomUUID();
  const out = process.argv[2] ?? "dist/srm-teams-app.zip";
  try {
    console.log(
      `Teams app package: ${await packageApp(botId, appId, out)} (app id ${appId}, bot ${botId})`,
    );
    if (!process.env.TEAMS_APP_ID)
      console.log("Set TEAMS_APP_ID to this app id to keep it stable across packages.");
  } catch (error) {
    console.error(`teams:package: ${error instanceof Error ? error.message : error}`);
    process.exitCode = 1;
  }
}
