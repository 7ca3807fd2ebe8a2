import { spawn, execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A throwaway PostgreSQL cluster from Debian's binaries: `initdb` into a temp directory, `pg_ctl`
 * on a free loopback port, trust authentication on loopback only. The tests and `npm run
 * team:demo` start one each, so nothing depends on a service left running by hand. `initdb`
 * refuses root, so as root the cluster runs as the `postgres` user.
 */
export interface Cluster {
  /** postgres://postgres@127.0.0.1:<port>/postgres */
  url: string;
  port: number;
  dir: string;
  /** A URL for another database of the same cluster. */
  urlOf: (database: string) => string;
  stop: () => Promise<void>;
}

export class MissingPostgresError extends Error {
  override name = 'MissingPostgresError';
}

/** Where Debian puts the server binaries (newest major version first); PANDU_PG_BIN overrides. */
export function postgresBinDir(): string {
  const override = process.env.PANDU_PG_BIN;
  if (override) return override;
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((v) => /^\d+$/.test(v)) : [];
  versions.sort((a, b) => Number(b) - Number(a));
  for (const version of versions) {
    const dir = join(root, version, 'bin');
    if (existsSync(join(dir, 'initdb'))) return dir;
  }
  throw new MissingPostgresError('PostgreSQL server binaries not found (initdb, pg_ctl). Install them: apt-get install -y postgresql');
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

const asRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/** Runs a PostgreSQL binary as a user initdb accepts (the `postgres` user when we are root). */
function runAsOwner(binary: string, args: string[], options: { quiet?: boolean } = {}) {
  const [command, argv] = asRoot() ? ['runuser', ['-u', 'postgres', '--', binary, ...args]] : [binary, args];
  return execFileSync(command, argv, { stdio: options.quiet ? 'pipe' : ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
}

export async function startCluster(options: { port?: number; log?: boolean } = {}): Promise<Cluster> {
  const bin = postgresBinDir();
  const dir = mkdtempSync(join(tmpdir(), 'pandu-pg-'));
  // The postgres user must own the data directory; the temp dir's parent stays root's.
  if (asRoot()) execFileSync('chown', ['postgres:postgres', dir]);
  chmodSync(dir, 0o700);
  const data = join(dir, 'data');
  runAsOwner(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8', '--no-sync'], { quiet: true });
  const port = options.port ?? (await freePort());
  // Sockets in the cluster's own directory: no clash with a system cluster's /var/run/postgresql.
  const pgOptions = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`;
  runAsOwner(join(bin, 'pg_ctl'), ['-D', data, '-o', pgOptions, '-l', join(dir, 'server.log'), '-w', '-t', '60', 'start'], { quiet: true });
  const urlOf = (database: string) => `postgres://postgres@127.0.0.1:${port}/${database}`;
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await new Promise<void>((resolve) => {
      const [command, argv] = asRoot()
        ? ['runuser', ['-u', 'postgres', '--', join(bin, 'pg_ctl'), '-D', data, '-m', 'immediate', '-w', 'stop']]
        : [join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']];
      const child = spawn(command, argv, { stdio: 'ignore' });
      child.on('exit', () => resolve());
      child.on('error', () => resolve());
    });
    rmSync(dir, { recursive: true, force: true });
  };
  return { url: urlOf('postgres'), port, dir, urlOf, stop };
}
