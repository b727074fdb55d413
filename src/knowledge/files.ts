// Reads the knowledge folder from disk. Kept out of the core, which takes documents and does
// no I/O, so tests can hand it fixtures and the bot can ship its folder beside the code.
import { readdir, readFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { loadKnowledge } from "../core/knowledge/load.js";
import type { Knowledge, KnowledgeDocument } from "../core/knowledge/types.js";

/** The knowledge base shipped with the bot: `knowledge/` at the package root (src/ or dist/ alike). */
export const DEFAULT_KNOWLEDGE_DIR = fileURLToPath(new URL("../../knowledge/", import.meta.url));

export async function readKnowledgeDocuments(
  dir: string = DEFAULT_KNOWLEDGE_DIR,
): Promise<KnowledgeDocument[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
  return Promise.all(
    files.map(async (file) => ({
      path: relative(dir, file).split(sep).join("/"),
      text: await readFile(file, "utf8"),
    })),
  );
}

export async function loadKnowledgeDir(dir: string = DEFAULT_KNOWLEDGE_DIR): Promise<Knowledge> {
  return loadKnowledge(await readKnowledgeDocuments(dir));
}
