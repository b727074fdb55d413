// Reads the knowledge folder from disk. Kept out of the core, which takes documents and does
// no I/O. Parsing 600 KB of YAML costs about half a second, so the validated result is kept as
// a snapshot keyed by a hash of every file: a process whose files match the hash starts from
// the snapshot; any edit changes the hash, and the files are loaded and checked again in full.
// The snapshot also records each file's size and modification time: when none has changed, the
// files are not even read (a start-up of the CLI is mostly this).
import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rename, stat, writeFile } from "node:fs/promises";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { knowledgeFromData } from "../core/knowledge/from-data.js";
import type { Knowledge, KnowledgeData, KnowledgeDocument } from "../core/knowledge/types.js";

/** The knowledge base shipped with the bot: `knowledge/` at the package root (src/ or dist/ alike). */
export const DEFAULT_KNOWLEDGE_DIR = fileURLToPath(new URL("../../knowledge/", import.meta.url));

/** Where the shipped knowledge base's snapshot lives: written by the build, read at start. */
export const DEFAULT_SNAPSHOT = fileURLToPath(
  new URL("../../dist/knowledge-snapshot.json", import.meta.url),
);

// Bump when the shape of KnowledgeData changes, so old snapshots are ignored.
const SNAPSHOT_FORMAT = 4;

/** The knowledge files of a folder, sorted: every YAML file at any depth. */
async function knowledgeFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** "path size mtime" of every knowledge file: unchanged files give the same stamp. */
async function stampFiles(dir: string): Promise<string> {
  const files = await knowledgeFiles(dir);
  const stats = await Promise.all(files.map((f) => stat(f)));
  return files
    .map((f, i) => `${relative(dir, f)} ${stats[i]?.size} ${stats[i]?.mtimeMs}`)
    .join("\n");
}

export async function readKnowledgeDocuments(
  dir: string = DEFAULT_KNOWLEDGE_DIR,
): Promise<KnowledgeDocument[]> {
  const files = await knowledgeFiles(dir);
  return Promise.all(
    files.map(async (file) => ({
      path: relative(dir, file).split(sep).join("/"),
      text: await readFile(file, "utf8"),
    })),
  );
}

export function hashDocuments(documents: readonly KnowledgeDocument[]): string {
  const hash = createHash("sha256").update(`srm-knowledge-v${SNAPSHOT_FORMAT}\0`);
  for (const d of [...documents].sort((a, b) => a.path.localeCompare(b.path))) {
    hash.update(`${d.path}\0${d.text}\0`);
  }
  return hash.digest("hex");
}

interface Snapshot {
  readonly hash: string;
  /** The files' sizes and modification times when the snapshot was written. */
  readonly stamp?: string;
  readonly data: KnowledgeData;
}

export interface LoadOptions {
  /** The snapshot file to use; false to always load and check the YAML in full. */
  readonly snapshot?: string | false;
}

/** Loads and checks the knowledge folder, from its snapshot when the files are unchanged. */
export async function loadKnowledgeDir(
  dir: string = DEFAULT_KNOWLEDGE_DIR,
  options: LoadOptions = {},
): Promise<Knowledge> {
  const snapshotFile =
    options.snapshot ?? (dir === DEFAULT_KNOWLEDGE_DIR ? DEFAULT_SNAPSHOT : false);
  const snapshot = snapshotFile ? await readSnapshot(snapshotFile) : undefined;
  if (snapshot?.stamp !== undefined && snapshot.stamp === (await stampFiles(dir))) {
    return knowledgeFromData(snapshot.data);
  }
  const documents = await readKnowledgeDocuments(dir);
  if (snapshot?.hash === hashDocuments(documents)) return knowledgeFromData(snapshot.data);
  // The full loader pulls in the YAML parser and the schemas: only on a miss.
  const { validateKnowledgeDocuments } = await import("../core/knowledge/load.js");
  return knowledgeFromData(validateKnowledgeDocuments(documents));
}

/** Checks the folder in full and writes its snapshot (the build does this). */
export async function writeKnowledgeSnapshot(
  dir: string = DEFAULT_KNOWLEDGE_DIR,
  file: string = DEFAULT_SNAPSHOT,
): Promise<KnowledgeData> {
  const documents = await readKnowledgeDocuments(dir);
  const { validateKnowledgeDocuments } = await import("../core/knowledge/load.js");
  const data = validateKnowledgeDocuments(documents);
  const snapshot: Snapshot = {
    hash: hashDocuments(documents),
    stamp: await stampFiles(dir),
    data,
  };
  await mkdir(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, JSON.stringify(snapshot));
  await rename(temporary, file);
  return data;
}

async function readSnapshot(file: string): Promise<Snapshot | undefined> {
  try {
    const parsed = JSON.parse(await readFile(file, "utf8")) as Partial<Snapshot>;
    return typeof parsed.hash === "string" && parsed.data ? (parsed as Snapshot) : undefined;
  } catch {
    return undefined; // no snapshot yet, or a broken one: load the YAML instead
  }
}
