// The SQL store's public face: open it, or catch the one error a second process gets.
export { DataDirBusyError } from "./data-dir-lock.js";
export type { Db, Queryable } from "./db.js";
export { type Migration, migrate } from "./migrate.js";
export { MIGRATIONS } from "./migrations.js";
export { DEFAULT_DATA_DIR, type OpenSqlStoreOptions, openDb, openSqlStore } from "./open.js";
export { SqlStore, type SqlStoreOptions } from "./sql-store.js";
