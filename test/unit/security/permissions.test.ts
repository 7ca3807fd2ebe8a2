import { describe, expect, it } from 'vitest';
import config from '@/wxt.config';
import { documentedPermissions } from './readme-permissions';

/**
 * The permissions the extension asks for are exactly those the README documents, each with its
 * reason. Here against the manifest as configured; test/e2e/security.spec.ts checks the built one.
 */
describe('the README documents every permission, with its reason', () => {
  const documented = documentedPermissions();
  const manifest = config.manifest as { permissions?: string[]; host_permissions?: string[]; optional_host_permissions?: string[] };

  it('lists exactly the permissions, hosts and optional hosts the manifest is configured with', () => {
    expect([...documented.permissions].sort()).toEqual([...(manifest.permissions ?? [])].sort());
    expect([...documented.host_permissions].sort()).toEqual([...(manifest.host_permissions ?? [])].sort());
    expect([...documented.optional_host_permissions].sort()).toEqual([...(manifest.optional_host_permissions ?? [])].sort());
  });

  it('gives a reason for each one, and names none twice', () => {
    const all = [...documented.permissions, ...documented.host_permissions, ...documented.optional_host_permissions];
    expect(new Set(all).size).toBe(all.length);
    for (const name of all) expect(documented.reasons.get(name)?.length ?? 0, name).toBeGreaterThan(30);
  });

  it('reads a table the way it is written, and refuses one it cannot read', () => {
    const markdown = [
      '# x',
      '## Permissions, and why',
      '',
      '| permission | why |',
      '| --- | --- |',
      '| host `https://a.example/*` | because of a reason long enough |',
      '| `alarms` | reminders at the agreed time, daily |',
      '| optional hosts `https://*/*`, `http://*/*` | asked one host at a time |',
      '',
      'text',
    ].join('\n');
    const parsed = documentedPermissions(markdown);
    expect(parsed).toMatchObject({ permissions: ['alarms'], host_permissions: ['https://a.example/*'], optional_host_permissions: ['https://*/*', 'http://*/*'] });
    expect(() => documentedPermissions('# no table here')).toThrow(/Permissions, and why/);
    expect(() => documentedPermissions(markdown.replace('`alarms`', 'alarms'))).toThrow(/without a `name`/);
  });
});
