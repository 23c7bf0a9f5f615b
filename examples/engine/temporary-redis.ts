// A throwaway Redis server for trying the engine example and testing it: Debian's `redis-server` started in a
// fresh folder on 127.0.0.1 and a free port, with no persistence, and stopped (its folder deleted) at the end.
// An app points the example at its own server with REDIS_URL instead.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../free-port.js';

/** A running server and how to reach it. */
export interface TemporaryRedis {
  /** `redis://127.0.0.1:PORT`. */
  readonly url: string;
  /** The server's version, as `redis-server --version` gives it. */
  readonly version: string;
  /** Stops the server and deletes its folder. */
  stop(): Promise<void>;
}

/** What to say when the server binary is missing: the example and the test print it as it is. */
export const redisServerMissing =
  'redis-server was not found on PATH. Install it (Debian/Ubuntu: apt-get install -y redis-server, as root), ' +
  'or point the example at a running server with REDIS_URL=redis://host:port.';

/**
 * The version of the `redis-server` on PATH (for example `7.0.15`), or `undefined` when there is none.
 */
export function findRedisServer(): string | undefined {
  const probe = spawnSync('redis-server', ['--version'], { encoding: 'utf8' });
  if (probe.error !== undefined || probe.status !== 0) return undefined;
  return /v=(\S+)/.exec(probe.stdout)?.[1] ?? probe.stdout.trim();
}

/**
 * Starts `redis-server` on 127.0.0.1 and a free port, its working folder (and pid file, by which CI stops a
 * server a crashed run left behind) in a new temporary folder, with snapshots and the append-only file off.
 * Resolves once the server accepts connections.
 */
export async function startTemporaryRedis(): Promise<TemporaryRedis> {
  const version = findRedisServer();
  if (version === undefined) throw new Error(redisServerMissing);
  const dir = await mkdtemp(join(tmpdir(), 'pairing-aid-redis-'));
  const port = await freePort();
  const flags = ['--bind', '127.0.0.1', '--port', String(port), '--dir', dir, '--pidfile', join(dir, 'redis.pid')];
  const server = spawn('redis-server', [...flags, '--save', '', '--appendonly', 'no', '--daemonize', 'no', '--loglevel', 'warning'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log: string[] = [];
  server.stdout.on('data', (chunk: Buffer) => log.push(chunk.toString()));
  server.stderr.on('data', (chunk: Buffer) => log.push(chunk.toString()));
  const exited = new Promise<number | null>((resolve) => server.once('exit', (code) => resolve(code)));
  const stop = async (): Promise<void> => {
    if (server.exitCode === null && server.signalCode === null) server.kill('SIGTERM');
    await exited;
    await rm(dir, { recursive: true, force: true });
  };
  try {
    await waitForPing(port, exited);
  } catch (error) {
    await stop();
    const detail = error instanceof Error ? error.message : String(error);
    throw new Error(`The temporary Redis server did not start (${detail}). Its log:\n${log.join('').slice(-4000)}`);
  }
  return { url: `redis://127.0.0.1:${port}`, version, stop };
}

// Asks `PING` over a raw socket until the server answers `+PONG`, for at most 20 s or until it exits.
async function waitForPing(port: number, exited: Promise<number | null>): Promise<void> {
  let gone: number | null | undefined;
  void exited.then((code) => (gone = code));
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (gone !== undefined) throw new Error(`redis-server exited with code ${String(gone)}`);
    const answered = await new Promise<boolean>((resolve) => {
      const socket = createConnection({ host: '127.0.0.1', port });
      socket.setTimeout(1_000);
      socket.once('connect', () => socket.write('PING\r\n'));
      socket.once('data', (data) => {
        socket.destroy();
        resolve(data.toString().startsWith('+PONG'));
      });
      socket.once('error', () => resolve(false));
      socket.once('timeout', () => {
        socket.destroy();
        resolve(false);
      });
    });
    if (answered) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('no answer to PING within 20 s');
}
