// The store the configuration asks for: PostgreSQL when DATABASE_URL is set, else the embedded
// database in SRM_DATA_DIR (one process: its replay claims stay in memory). Shared by the
// server and the `srm tips run` and `srm gaps` commands.
import type { DatabaseConfig } from "../config.js";
import type { Logger } from "../observability/logger.js";
import { withLocalClaims } from "./local-claims.js";
import { openSqlStore } from "./sql/index.js";
import type { Store } from "./store.js";

export async function openConfiguredStore(
  database: DatabaseConfig,
  logger: Logger,
): Promise<Store> {
  if (database.kind === "embedded") {
    return withLocalClaims(await openSqlStore({ dataDir: database.dataDir }));
  }
  return openSqlStore({
    databaseUrl: database.url,
    onIdleError: (error) => logger.warn({ err: error.message }, "database connection lost"),
  });
}
