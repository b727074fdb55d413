// Migrations run once however often and however many processes open the database at once.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { MIGRATIONS, migrate, openDb, openSqlStore, SqlStore } from "../../src/store/sql/index.js";
import { PG_URL, pgUnavailable, uniqueSchema } from "./stores.js";

const ids = MIGRATIONS.map((m) => m.id);

describe("migrations on embedded PGlite", () => {
  it("apply all once, and none on a second run or a reopen; data survives", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "srm-migrate-"));
    try {
      const db = await openDb({ dataDir });
      expect(await migrate(db, MIGRATIONS)).toEqual(ids);
      expect(await migrate(db, MIGRATIONS)).toEqual([]);
      await db.query("INSERT INTO listening (channel) VALUES ('C1')");
      await db.close();
      const store = await openSqlStore({ dataDir });
      expect(await store.isListening("C1")).toBe(true);
      const applied = await store.db.query<{ id: number }>("SELECT id FROM schema_migrations");
      expect(applied.map((row) => row.id).sort()).toEqual(ids);
      await store.close();
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 60_000);

  it("refuse a list out of order", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "srm-migrate-"));
    const db = await openDb({ dataDir });
    try {
      const reversed = [...MIGRATIONS].reverse();
      await expect(migrate(db, reversed)).rejects.toThrow(/out of order/);
    } finally {
      await db.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});

const skip = pgUnavailable !== undefined;
describe.skipIf(skip)(
  `migrations on PostgreSQL${skip ? ` (skipped: ${pgUnavailable})` : ""}`,
  () => {
    const schema = uniqueSchema();
    const opened: { close(): Promise<void> }[] = [];
    afterAll(async () => {
      const db = await openDb({ databaseUrl: PG_URL });
      await db.exec(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await db.close();
      for (const store of opened) await store.close();
    });

    it("are applied once when six processes open a new database at the same moment", async () => {
      const stores = await Promise.all(
        Array.from({ length: 6 }, () => openSqlStore({ databaseUrl: PG_URL, schema })),
      );
      opened.push(...stores);
      const [store] = stores;
      const applied = await store?.db.query<{ id: number }>("SELECT id FROM schema_migrations");
      expect(applied?.map((row) => row.id).sort()).toEqual(ids);
      const again = stores[1]?.db;
      expect(again && (await migrate(again, MIGRATIONS))).toEqual([]);

      await store?.setListening("C1", true);
      expect(await stores[5]?.isListening("C1")).toBe(true);
    }, 30_000);
  },
);

describe("a database that is down", () => {
  const down = "postgres://postgres@127.0.0.1:9/none";

  it("fails store calls quickly and answers the readiness ping with false", async () => {
    const store = new SqlStore(await openDb({ databaseUrl: down }));
    try {
      const started = Date.now();
      expect(await store.ping()).toBe(false);
      await expect(store.isListening("C1")).rejects.toThrow();
      await expect(store.claimOnce("sig:1", 60_000)).rejects.toThrow();
      expect(Date.now() - started).toBeLessThan(5_000);
    } finally {
      await store.close();
    }
  });

  it("cannot be opened, with the driver's error", async () => {
    await expect(openSqlStore({ databaseUrl: down })).rejects.toThrow(/ECONNREFUSED/);
  });
});
