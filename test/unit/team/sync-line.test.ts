import { describe, expect, it } from 'vitest';
import { syncLine } from '@/entrypoints/popup/TeamSyncLine';
import { initialSyncState } from '@/lib/db';
import { translator } from '@/lib/i18n/catalogues';
import type { SyncState } from '@/lib/team/connection';
import { formatLocal } from '@/lib/time';

const t = translator('id');
const at = '2026-11-26T03:42:00.000Z';
/** "10:42 WIB": the time in the browser's zone, with the zone's name. */
const hhmm = (iso: string) => formatLocal(iso, undefined, 'HH:mm');
const failed = (code: NonNullable<SyncState['lastError']>['code'], nextAttemptAt: string | null = at): SyncState => ({
  ...initialSyncState(),
  failures: 1,
  nextAttemptAt,
  lastError: { code, at, message: '' },
});

describe("the popup's one sync line", () => {
  it('says synced, waiting, unreachable with the retry time, revoked, or the permission, plainly', () => {
    expect(syncLine(t, { ...initialSyncState(), lastSyncAt: at }, 0).text).toBe(`Tersinkron ${hhmm(at)}`);
    expect(syncLine(t, { ...initialSyncState(), lastSyncAt: at }, 12)).toEqual({ text: '12 catatan menunggu server', problem: false });
    expect(syncLine(t, failed('network'), 3)).toEqual({ text: `Server tidak terjangkau, dicoba lagi ${hhmm(at)}`, problem: true });
    expect(syncLine(t, failed('auth.revoked', null), 3)).toEqual({ text: 'Token dicabut: daftar ulang', problem: true });
    expect(syncLine(t, failed('permission', null), 3).text).toContain('Kirim sekarang');
    expect(syncLine(t, failed('request.invalid'), 3).text).toContain('request.invalid');
    expect(syncLine(t, null, 0).text).toBe('Tidak ada catatan yang menunggu');
  });
});
