// The one seam between the SQL store and its two drivers, embedded PGlite and a pg pool: the
// same PostgreSQL text runs on both, so the store is written once.

/** Something that runs SQL: the database itself or one transaction in it. */
export interface Queryable {
  /** One statement with $1… parameters; the rows it returns. */
  query<Row = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<Row[]>;
  /** Several statements without parameters, as a migration is written. */
  exec(text: string): Promise<void>;
}

export interface Db extends Queryable {
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
