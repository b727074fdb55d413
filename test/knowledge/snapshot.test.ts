import { cp, mkdtemp, readFile, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { KnowledgeError } from "../../src/core/knowledge/types.js";
import {
  DEFAULT_KNOWLEDGE_DIR,
  hashDocuments,
  loadKnowledgeDir,
  readKnowledgeDocuments,
  writeKnowledgeSnapshot,
} from "../../src/knowledge/files.js";

/** A copy of the shipped knowledge folder in a temporary directory, with its snapshot written. */
async function snapshotOfCopy() {
  const dir = await mkdtemp(join(tmpdir(), "srm-kb-"));
  const kbDir = join(dir, "knowledge");
  await cp(DEFAULT_KNOWLEDGE_DIR, kbDir, { recursive: true });
  const snapshot = join(dir, "snapshot.json");
  await writeKnowledgeSnapshot(kbDir, snapshot);
  const saved = JSON.parse(await readFile(snapshot, "utf8"));
  return { kbDir, snapshot, saved };
}

describe("the knowledge snapshot", () => {
  it("starts from the snapshot while the files are unchanged, and checks them again once edited", async () => {
    const { kbDir, snapshot, saved } = await snapshotOfCopy();
    expect(saved.hash).toBe(hashDocuments(await readKnowledgeDocuments(kbDir)));

    // A marker only the snapshot has proves the snapshot was used.
    saved.data.tips[0].text = "from the snapshot";
    await writeFile(snapshot, JSON.stringify(saved));
    const fromSnapshot = await loadKnowledgeDir(kbDir, { snapshot });
    expect(fromSnapshot.tips[0]?.text).toBe("from the snapshot");

    // Breaking a file changes the hash: the full check runs and refuses it.
    const tips = join(kbDir, "tips", "tips.yaml");
    await writeFile(tips, `${await readFile(tips, "utf8")}\n  - id: broken\n`);
    await expect(loadKnowledgeDir(kbDir, { snapshot })).rejects.toBeInstanceOf(KnowledgeError);
  });

  it("trusts unchanged sizes and times without reading the files, and hashes them once touched", async () => {
    const { kbDir, snapshot, saved } = await snapshotOfCopy();
    expect(saved.stamp).toContain("tips.yaml");

    // A hash no file set has: only the stamp can let the snapshot be used.
    saved.hash = "not the hash of these files";
    saved.data.tips[0].text = "from the snapshot";
    await writeFile(snapshot, JSON.stringify(saved));
    expect((await loadKnowledgeDir(kbDir, { snapshot })).tips[0]?.text).toBe("from the snapshot");

    // Touched, so the stamp differs: the files are read, the hash does not match, the YAML loads.
    const later = new Date(Date.now() + 60_000);
    await utimes(join(kbDir, "tips", "tips.yaml"), later, later);
    expect((await loadKnowledgeDir(kbDir, { snapshot })).tips[0]?.text).not.toBe(
      "from the snapshot",
    );
  });

  it("ignores a missing or unreadable snapshot", async () => {
    const dir = await mkdtemp(join(tmpdir(), "srm-kb-"));
    const snapshot = join(dir, "snapshot.json");
    await writeFile(snapshot, "{not json");
    const kb = await loadKnowledgeDir(DEFAULT_KNOWLEDGE_DIR, { snapshot });
    expect(kb.services.size).toBeGreaterThanOrEqual(68);
  });
});
