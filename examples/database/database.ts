// The database the example talks to: embedded PGlite by default, or a PostgreSQL server given a connection
// string. Both are reached through the small interface below, which is all the stores need.
import { PGlite } from '@electric-sql/pglite';

/** What the stores run queries through. */
export interface SqlQueries {
  query<Row>(sql: string, params?: readonly unknown[]): Promise<{ readonly rows: Row[] }>;
}

/** A database: queries, multi-statement scripts, transactions, and closing. */
export interface SqlDatabase extends SqlQueries {
  exec(sql: string): Promise<void>;
  transaction<T>(work: (queries: SqlQueries) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** `pglite` or `postgres`, for the output. */
  readonly kind: 'pglite' | 'postgres';
}

/**
 * Opens the database. Without a connection string: an in-memory PGlite (PostgreSQL compiled to WebAssembly,
 * nothing to install). With one (`postgres://user:password@host:5432/db`): a real server through the `pg`
 * package, which the app installs itself (`npm install pg`); pairing-aid does not depend on it.
 */
export async function openDatabase(connectionString?: string): Promise<SqlDatabase> {
  if (connectionString === undefined || connectionString === '') return openPglite();
  return openPostgres(connectionString);
}

async function openPglite(): Promise<SqlDatabase> {
  const db = await PGlite.create();
  return {
    kind: 'pglite',
    query: async <Row>(sql: string, params: readonly unknown[] = []) => db.query<Row>(sql, [...params]),
    exec: async (sql) => {
      await db.exec(sql);
    },
    transaction: (work) => db.transaction((tx) => work({ query: async <Row>(sql: string, params: readonly unknown[] = []) => tx.query<Row>(sql, [...params]) })),
    close: () => db.close(),
  };
}

// The part of `pg` the example uses, typed here so that the example compiles without `pg` installed.
interface PgClient {
  query(sql: string, params?: unknown[]): Promise<{ rows: unknown[] }>;
  release(): void;
}
interface PgPool {
  query(sql: string, params?: unknown[]): Promise<{ rows: unknown[] }>;
  connect(): Promise<PgClient>;
  end(): Promise<void>;
  on(event: 'remove', listener: () => void): void;
  readonly totalCount: number;
}
interface PgModule {
  Pool: new (options: { connectionString: string }) => PgPool;
}

async function openPostgres(connectionString: string): Promise<SqlDatabase> {
  const moduleName = 'pg';
  let pg: PgModule;
  try {
    const loaded = (await import(moduleName)) as { default?: PgModule } & PgModule;
    pg = loaded.default ?? loaded;
  } catch {
    throw new Error('A connection string was given but the "pg" package is not installed: run `npm install pg`, or leave DATABASE_URL unset to use the embedded PGlite.');
  }
  const pool = new pg.Pool({ connectionString });
  const queriesOf = (runner: { query(sql: string, params?: unknown[]): Promise<{ rows: unknown[] }> }): SqlQueries => ({
    query: async <Row>(sql: string, params: readonly unknown[] = []) => (await runner.query(sql, [...params])) as { rows: Row[] },
  });
  return {
    kind: 'postgres',
    ...queriesOf(pool),
    exec: async (sql) => {
      await pool.query(sql);
    },
    transaction: async (work) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(queriesOf(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      } finally {
        client.release();
      }
    },
    close: async () => {
      // `end()` resolves once every client has been told to close, not once it has: wait for each to be removed, so
      // that a server stopped right after finds no connection open (it would end it with an error no one handles).
      const open = pool.totalCount;
      let removed = 0;
      const closed = new Promise<void>((resolve) => {
        if (open === 0) resolve();
        pool.on('remove', () => {
          removed += 1;
          if (removed >= open) resolve();
        });
      });
      await pool.end();
      await closed;
    },
  };
}
