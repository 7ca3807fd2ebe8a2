import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The service in a process of its own, as `npm run team-server` runs it, listening on loopback:
 * for the bench (its memory is the server's own) and the tests that kill it. `node --import tsx`
 * keeps it one process (the tsx CLI would run the server in a child). Resolves once /healthz
 * answers; a server that exits or never answers within 20 s is an error.
 */
export async function spawnServer(options: {
  databaseUrl: string;
  port: number;
  env?: Record<string, string>;
  stdio?: StdioOptions;
}): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'server/main.ts')], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: options.databaseUrl, PORT: String(options.port), HOST: '127.0.0.1', ...options.env },
    stdio: options.stdio ?? 'ignore',
  });
  const url = `http://127.0.0.1:${options.port}`;
  for (let i = 0; i < 200; i++) {
    if (child.exitCode !== null) throw new Error(`the team server exited with ${child.exitCode}`);
    if (
      await fetch(`${url}/healthz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { url, child };
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error('the team server did not start');
}
