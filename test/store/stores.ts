// Every store test runs on each store: in memory, embedded PGlite in a temp dir, and a real
// PostgreSQL server in a schema of its own. PostgreSQL tests are skipped, with the reason in
// their name, when the server is unreachable; SRM_REQUIRE_PG=1 makes that a failure.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, beforeEach, describe } from "vitest";
import { MemoryStore } from "../../src/store/memory-store.js";
import { openSqlStore, type SqlStore } from "../../src/store/sql/index.js";
import type { Store } from "../../src/store/store.js";

export const PG_URL =
  process.env.SRM_TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

async function probePg(): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return undefined;
  } catch (error) {
    return `PostgreSQL unreachable at ${PG_URL}: ${(error as Error).message}`;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Why the PostgreSQL tests cannot run here, or undefined when they can. */
export const pgUnavailable = await probePg();
if (pgUnavailable && process.env.SRM_REQUIRE_PG === "1") {
  throw new Error(`SRM_REQUIRE_PG=1 but ${pgUnavailable}`);
}

export type StoreKind = "memory" | "pglite" | "pg";
export const SQL_KINDS: readonly StoreKind[] = ["pglite", "pg"];
export const ALL_KINDS: readonly StoreKind[] = ["memory", ...SQL_KINDS];

export interface StoreHarness {
  readonly kind: StoreKind;
  /** The store under test: emptied before each test. */
  store: Store;
  /** The time the store reads (ms since the epoch); tests move it on. */
  time: number;
  /** Another store on the same pg database (its own pool), as a second process would have. */
  openAnother(): Promise<SqlStore>;
  readonly schema: string;
}

export const uniqueSchema = () =>
  `srm_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;

/** A describe block per kind of store, each with its own store, emptied before each test. */
export function describeStores(
  title: string,
  kinds: readonly StoreKind[],
  body: (h: StoreHarness) => void,
): void {
  for (const kind of kinds) {
    const skip = kind === "pg" ? pgUnavailable : undefined;
    const name = `${title} [${kind}]${skip ? ` (skipped: ${skip})` : ""}`;
    describe.skipIf(skip !== undefined)(name, () => body(storeHarness(kind)));
  }
}

function storeHarness(kind: StoreKind): StoreHarness {
  const extra: SqlStore[] = [];
  let dataDir = "";
  const h: StoreHarness = {
    kind,
    store: new MemoryStore(),
    time: Date.parse("2025-01-06T12:00:00Z"),
    schema: uniqueSchema(),
    async openAnother() {
      if (kind !== "pg") throw new Error("only PostgreSQL takes several processes");
      const another = await openSqlStore({ databaseUrl: PG_URL, schema: h.schema, clock });
      extra.push(another);
      return another;
    },
  };
  const clock = () => h.time;
  beforeAll(async () => {
    if (kind === "memory") return;
    if (kind === "pglite") dataDir = await mkdtemp(join(tmpdir(), "srm-store-"));
    h.store = await openSqlStore(
      kind === "pg" ? { databaseUrl: PG_URL, schema: h.schema, clock } : { dataDir, clock },
    );
  }, 60_000);
  beforeEach(async () => {
    h.time = Date.parse("2025-01-06T12:00:00Z");
    if (kind === "memory") h.store = new MemoryStore(50_000, clock);
    else await emptyTables(h.store as SqlStore);
  });
  afterAll(async () => {
    for (const another of extra) await another.close();
    if (kind === "pg") await (h.store as SqlStore).db.exec(`DROP SCHEMA ${h.schema} CASCADE`);
    await h.store.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });
  return h;
}

async function emptyTables(store: SqlStore): Promise<void> {
  const tables = await store.db.query<{ tablename: string }>(
    `SELECT tablename FROM pg_tables
     WHERE schemaname = current_schema() AND tablename <> 'schema_migrations'`,
  );
  const names = tables.map((t) => t.tablename).join(", ");
  await store.db.exec(`TRUNCATE ${names} RESTART IDENTITY CASCADE`);
}
