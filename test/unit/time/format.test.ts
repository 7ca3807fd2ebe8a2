import { describe, expect, it } from 'vitest';
import { formatLocal, formatPattern, fromLocalInput, toLocalInput, zoneName } from '@/lib/time';

const ZONES = [
  ['Asia/Jakarta', 'WIB', '27-11-2026 10:00'],
  ['Asia/Makassar', 'WITA', '27-11-2026 11:00'],
  ['Asia/Jayapura', 'WIT', '27-11-2026 12:00'],
] as const;
const INSTANT = '2026-11-27T03:00:00.000Z';

describe('time in WIB, WITA and WIT', () => {
  it.each(ZONES)('shows an instant in %s as local time with its zone name', (zone, name, local) => {
    expect(zoneName(new Date(INSTANT), zone)).toBe(name);
    expect(formatLocal(INSTANT, zone)).toBe(`${local} ${name}`);
  });

  it.each(ZONES)('reads a local date-time typed in %s back to the same instant', (zone, _name, local) => {
    const [d, t] = local.split(' ');
    const [dd, mm, yyyy] = d!.split('-');
    const input = `${yyyy}-${mm}-${dd}T${t}`;
    expect(fromLocalInput(input, zone)).toBe(INSTANT);
    expect(toLocalInput(INSTANT, zone)).toBe(input);
  });

  it('names zones outside Indonesia by their offset', () => {
    expect(zoneName(new Date(INSTANT), 'UTC')).toBe('UTC+0');
    expect(zoneName(new Date(INSTANT), 'Asia/Kolkata')).toBe('UTC+5:30');
    expect(zoneName(new Date(INSTANT), 'America/New_York')).toBe('UTC-5');
  });

  it('formats for NOSSA in the configured pattern', () => {
    expect(formatPattern(INSTANT, 'dd-MM-yyyy HH:mm', 'Asia/Jakarta')).toBe('27-11-2026 10:00');
    expect(formatPattern(INSTANT, 'M/d/yy h:mm a', 'Asia/Jakarta')).toBe('11/27/26 10:00 AM');
  });

  it('refuses what is not a date-time', () => {
    for (const bad of ['', 'besok', '2026-13-01T10:00', '2026-02-30T10:00', '27-11-2026 10:00']) expect(fromLocalInput(bad, 'Asia/Jakarta'), bad).toBeNull();
  });
});
