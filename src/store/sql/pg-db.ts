// The server driver: a pg pool on DATABASE_URL, for several processes sharing one database.
// Timeouts are short so a database that is down fails a call quickly instead of hanging an answer.
import pg from "pg";
import type { Db, Queryable } from "./db.js";
import { lockSchema } from "./migrate.js";

export interface PgOptions {
  readonly connectionString: string;
  /** A schema to create and work in (tests use one per run); the default is "public". */
  readonly schema?: string;
  readonly maxConnections?: number;
  /** Called with errors of idle connections, which would otherwise crash the process. */
  readonly onIdleError?: (error: Error) => void;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export async function openPgDb(options: PgOptions): Promise<Db> {
  const { schema } = options;
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) throw new Error(`bad schema: ${schema}`);
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.maxConnections ?? 10,
    connectionTimeoutMillis: 3_000,
    query_timeout: 10_000,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  pool.on("error", (error) => options.onIdleError?.(error));
  const db = poolDb(pool);
  try {
    // Under the schema lock: two processes creating one schema at once would collide.
    if (schema) {
      await db.transaction(async (tx) => {
        await lockSchema(tx);
        await tx.exec(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
      });
    }
  } catch (error) {
    await pool.end();
    throw error;
  }
  return db;
}

function poolDb(pool: pg.Pool): Db {
  return {
    ...queryable(pool),
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const result = await fn(queryable(client));
        await client.query("COMMIT");
        client.release();
        return result;
      } catch (error) {
        // A connection that cannot even roll back is broken: released with an error, it is dropped.
        const broken = await client.query("ROLLBACK").then(
          () => undefined,
          (rollbackError: Error) => rollbackError,
        );
        client.release(broken);
        throw error;
      }
    },
    close: () => pool.end(),
  };
}

function queryable(target: pg.Pool | pg.PoolClient): Queryable {
  return {
    async query<Row>(text: string, params: readonly unknown[] = []) {
      return (await target.query(text, [...params])).rows as Row[];
    },
    async exec(text: string) {
      // Without parameters pg uses the simple protocol, which runs several statements.
      await target.query(text);
    },
  };
}
