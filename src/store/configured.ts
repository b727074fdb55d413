// The store the configuration asks for: PostgreSQL when DATABASE_URL is set, else the embedded
// database in SRM_DATA_DIR. Shared by the server and the `srm tips run` and `srm gaps` commands.
import type { DatabaseConfig } from "../config.js";
import type { Logger } from "../observability/logger.js";
import { openSqlStore, type SqlStore } from "./sql/index.js";

export function openConfiguredStore(database: DatabaseConfig, logger: Logger): Promise<SqlStore> {
  return openSqlStore(
    database.kind === "postgres"
      ? {
          databaseUrl: database.url,
          onIdleError: (error) => logger.warn({ err: error.message }, "database connection lost"),
        }
      : { dataDir: database.dataDir },
  );
}
