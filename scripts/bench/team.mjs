// @ts-check
// Bench suite: the team server (server/bench/team.ts, TypeScript run by tsx): a year of a
// 200-agent center in a throwaway PostgreSQL, the service in its own process. It prints its
// rows as JSON on the last line of its output; progress goes to stderr.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/** @returns {Promise<Array<{ figure: string, value: string, target?: string }>>} */
export function benchTeam() {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [resolve(ROOT, 'node_modules/tsx/dist/cli.mjs'), resolve(ROOT, 'server/bench/team.ts')], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk) => (out += String(chunk)));
    child.on('error', fail);
    child.on('exit', (code) => {
      const last = out.trim().split('\n').pop() ?? '';
      if (code !== 0) return fail(new Error(`server/bench/team.ts exited with ${code}`));
      try {
        done(JSON.parse(last));
      } catch {
        fail(new Error(`server/bench/team.ts printed no result: ${last.slice(0, 200)}`));
      }
    });
  });
}
