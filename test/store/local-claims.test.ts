// With the embedded database (one process) replay claims stay in memory: claimed once, refused
// after, free again once they expire, and never a write to the database; everything else still
// goes to the database.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { withLocalClaims } from "../../src/store/local-claims.js";
import { openSqlStore } from "../../src/store/sql/index.js";

describe("replay claims beside the embedded database", () => {
  it("claims in memory, and passes every other call to the database", async () => {
    const dir = await mkdtemp(join(tmpdir(), "srm-claims-"));
    const sql = await openSqlStore({ dataDir: dir });
    const store = withLocalClaims(sql);
    try {
      await store.setListening("C1", true);
      expect(await sql.isListening("C1")).toBe(true);
      await sql.close();
      // The database is gone: claims still work, because they never needed it.
      expect(await store.claimOnce("slack:v0=abc", 50)).toBe(true);
      expect(await store.claimOnce("slack:v0=abc", 50)).toBe(false);
      await new Promise((resolve) => setTimeout(resolve, 80));
      expect(await store.claimOnce("slack:v0=abc", 50)).toBe(true);
      await expect(store.isListening("C1")).rejects.toThrow();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
