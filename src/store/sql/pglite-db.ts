// The embedded driver: PostgreSQL compiled to WASM, its files in <dataDir>/pglite, held by this
// process alone through the data directory's pid file.
import { join } from "node:path";
import { PGlite, type Transaction } from "@electric-sql/pglite";
import { lockDataDir } from "./data-dir-lock.js";
import type { Db, Queryable } from "./db.js";

function queryable(target: PGlite | Transaction): Queryable {
  return {
    async query<Row>(text: string, params: readonly unknown[] = []) {
      return (await target.query<Row>(text, [...params])).rows;
    },
    async exec(text: string) {
      await target.exec(text);
    },
  };
}

/** Opens (creating if new) the embedded database; DataDirBusyError when another process has it. */
export async function openPgliteDb(dataDir: string): Promise<Db> {
  const unlock = await lockDataDir(dataDir);
  let pglite: PGlite;
  try {
    pglite = await PGlite.create(join(dataDir, "pglite"));
  } catch (error) {
    await unlock();
    throw error;
  }
  return {
    ...queryable(pglite),
    transaction: (fn) => pglite.transaction((tx) => fn(queryable(tx))),
    async close() {
      try {
        await pglite.close();
      } finally {
        await unlock();
      }
    },
  };
}
