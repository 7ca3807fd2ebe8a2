import { describe, expect, it } from 'vitest';
import { formatDate, parseDate } from '../../nossa-mock/dates.mjs';

describe('look-alike date format', () => {
  it('formats and parses dd-MM-yyyy HH:mm, leniently about leading zeros', () => {
    expect(formatDate('2026-03-07T09:05', 'dd-MM-yyyy HH:mm')).toBe('07-03-2026 09:05');
    expect(parseDate('7-3-2026 9:05', 'dd-MM-yyyy HH:mm')).toBe('2026-03-07T09:05');
    expect(parseDate('07-03-2026', 'dd-MM-yyyy HH:mm')).toBe('2026-03-07T00:00');
  });

  it('rejects other formats and impossible dates', () => {
    expect(parseDate('2026-03-07 09:05', 'dd-MM-yyyy HH:mm')).toBeNull();
    expect(parseDate('29-02-2026 10:00', 'dd-MM-yyyy HH:mm')).toBeNull();
    expect(parseDate('10-10-2026 24:00', 'dd-MM-yyyy HH:mm')).toBeNull();
    expect(parseDate('', 'dd-MM-yyyy HH:mm')).toBeNull();
  });

  it('supports 12-hour and other patterns', () => {
    expect(formatDate('2026-03-07T15:30', 'MM/dd/yyyy hh:mm a')).toBe('03/07/2026 03:30 PM');
    expect(parseDate('03/07/2026 12:10 AM', 'MM/dd/yyyy hh:mm a')).toBe('2026-03-07T00:10');
    expect(parseDate('2026/03/07 15:30', 'yyyy/MM/dd HH:mm')).toBe('2026-03-07T15:30');
  });
});
