import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** What the README promises the extension may do, each permission with the reason given for it. */
export interface DocumentedPermissions {
  permissions: string[];
  host_permissions: string[];
  optional_host_permissions: string[];
  reasons: Map<string, string>;
}

export const README_PATH = resolve(import.meta.dirname, '../../../README.md');
const SECTION = /^##\s+Permissions, and why\s*$/m;

/**
 * Reads the README's permissions table: first cell `name`, "host `pattern`" or "optional hosts
 * `a`, `b`"; second cell the reason. Parsed rather than copied, so the manifest and the
 * documentation cannot drift apart unnoticed.
 */
export function documentedPermissions(markdown = readFileSync(README_PATH, 'utf8')): DocumentedPermissions {
  const start = markdown.search(SECTION);
  if (start < 0) throw new Error('README has no "## Permissions, and why" section');
  const lines = markdown.slice(start).split('\n').slice(1);
  const isRow = (line: string) => line.trim().startsWith('|');
  const first = lines.findIndex(isRow);
  const afterTable = lines.findIndex((line, i) => i > first && !isRow(line));
  const table = first < 0 ? [] : lines.slice(first, afterTable < 0 ? undefined : afterTable);
  const rows = table.slice(2).map((line) =>
    line
      .trim()
      .replace(/^\||\|$/g, '')
      .split('|')
      .map((cell) => cell.trim()),
  );
  const documented: DocumentedPermissions = { permissions: [], host_permissions: [], optional_host_permissions: [], reasons: new Map() };
  for (const [what = '', why = ''] of rows) {
    const names = [...what.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
    if (names.length === 0) throw new Error(`permissions table row without a \`name\`: ${what}`);
    const list = /^optional hosts?\b/i.test(what) ? documented.optional_host_permissions : /^hosts?\b/i.test(what) ? documented.host_permissions : documented.permissions;
    for (const name of names) {
      list.push(name);
      documented.reasons.set(name, why);
    }
  }
  return documented;
}
