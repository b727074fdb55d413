// Opens the SQL store on the driver the configuration asks for and brings its schema up to date:
// a pg pool when a DATABASE_URL is given, else embedded PGlite in the data directory.
import type { Db } from "./db.js";
import { migrate } from "./migrate.js";
import { MIGRATIONS } from "./migrations.js";
import { openPgDb } from "./pg-db.js";
import { openPgliteDb } from "./pglite-db.js";
import { SqlStore, type SqlStoreOptions } from "./sql-store.js";

export interface OpenSqlStoreOptions extends SqlStoreOptions {
  /** PostgreSQL server to share between processes; when absent, the embedded database is used. */
  readonly databaseUrl?: string | undefined;
  /** Where the embedded database lives (SRM_DATA_DIR); "./data" when not given. */
  readonly dataDir?: string | undefined;
  /** A pg schema to create and use instead of "public" (tests use one per run). */
  readonly schema?: string | undefined;
  /** Errors of idle pg connections, for the log. */
  readonly onIdleError?: (error: Error) => void;
}

export const DEFAULT_DATA_DIR = "./data";

/** Opens the database; DataDirBusyError when another process holds the embedded data dir. */
export async function openDb(options: OpenSqlStoreOptions): Promise<Db> {
  if (options.databaseUrl) {
    return openPgDb({
      connectionString: options.databaseUrl,
      ...(options.schema ? { schema: options.schema } : {}),
      ...(options.onIdleError ? { onIdleError: options.onIdleError } : {}),
    });
  }
  return openPgliteDb(options.dataDir ?? DEFAULT_DATA_DIR);
}

export async function openSqlStore(options: OpenSqlStoreOptions = {}): Promise<SqlStore> {
  const db = await openDb(options);
  try {
    await migrate(db, MIGRATIONS);
  } catch (error) {
    await db.close();
    throw error;
  }
  return new SqlStore(db, options);
}
