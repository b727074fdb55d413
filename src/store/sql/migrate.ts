// A table-driven migration runner: each migration has a number and SQL, applied in order once,
// all pending ones in one transaction. An advisory lock held to the end of that transaction makes
// processes that open one database at once take turns, so none applies a migration twice.
import type { Db, Queryable } from "./db.js";

export interface Migration {
  readonly id: number;
  readonly name: string;
  readonly sql: string;
}

/** Any fixed number: the advisory lock every srm-bot process takes before changing the schema. */
export const SCHEMA_LOCK = 7_245_001;

/** Takes the schema lock until the transaction ends. */
export async function lockSchema(tx: Queryable): Promise<void> {
  await tx.query("SELECT pg_advisory_xact_lock($1)", [SCHEMA_LOCK]);
}

/** Applies the migrations not yet applied; returns the ids it applied. */
export async function migrate(db: Db, migrations: readonly Migration[]): Promise<number[]> {
  assertOrdered(migrations);
  return db.transaction(async (tx) => {
    await lockSchema(tx);
    await tx.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
    )`);
    const rows = await tx.query<{ id: number }>("SELECT id FROM schema_migrations");
    const applied = new Set(rows.map((row) => row.id));
    const pending = migrations.filter((m) => !applied.has(m.id));
    for (const migration of pending) {
      await tx.exec(migration.sql);
      await tx.query("INSERT INTO schema_migrations (id, name) VALUES ($1, $2)", [
        migration.id,
        migration.name,
      ]);
    }
    return pending.map((m) => m.id);
  });
}

function assertOrdered(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    const before = migrations[i - 1];
    if (before && before.id >= m.id) throw new Error(`migration ${m.id} is out of order`);
  });
}
