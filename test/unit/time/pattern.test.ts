import fc from 'fast-check';
import { format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { formatFields, isSupportedPattern, UnsupportedPatternError } from '@/lib/time/pattern';
import { siteProfileSchema } from '@/lib/schema';
import { nossaProfile } from '@/lib/sites';

const TOKENS = ['yyyy', 'yy', 'y', 'MMMM', 'MMM', 'MM', 'M', 'dd', 'd', 'EEEE', 'EEE', 'HH', 'H', 'hh', 'h', 'mm', 'm', 'ss', 's', 'a', 'aa'];
const LITERALS = ['-', '/', ' ', ':', '.', ', ', "'T'", "''", "'at' ", "'o''clock'"];

describe('date patterns (lib/time/pattern.ts) against date-fns itself', () => {
  it('formats every supported token and literal exactly as date-fns format does', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(1000, 0, 1), max: new Date(9999, 11, 31), noInvalidDate: true }),
        // A token then a literal, each time: two runs of one letter side by side are one longer token.
        fc.array(fc.tuple(fc.constantFrom(...TOKENS), fc.constantFrom(...LITERALS)), { minLength: 1, maxLength: 6 }),
        (date, parts) => {
          const pattern = parts.flat().join('');
          expect(formatFields(date, pattern)).toBe(format(date, pattern));
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it('the patterns Pandu and NOSSA use', () => {
    const date = new Date(2026, 11, 7, 16, 5, 9);
    expect(formatFields(date, 'dd-MM-yyyy HH:mm')).toBe('07-12-2026 16:05');
    expect(formatFields(date, "yyyy-MM-dd'T'HH:mm")).toBe('2026-12-07T16:05');
    expect(formatFields(date, 'M/d/yy h:mm a')).toBe('12/7/26 4:05 PM');
    expect(formatFields(date, 'dd-MMM-yyyy HH:mm:ss')).toBe('07-Dec-2026 16:05:09');
    expect(formatFields(new Date(2026, 0, 1, 0, 0), 'hh:mm a')).toBe('12:00 AM');
  });

  it('refuses a token it cannot write, as date-fns does, and a profile with it does not validate', () => {
    for (const pattern of ['dd-MM-yyyy HH:mm Q', 'YYYY-MM-DD', 'do MMMM', 'dd-MM-yyyy zzz']) {
      expect(isSupportedPattern(pattern)).toBe(false);
      expect(() => formatFields(new Date(), pattern)).toThrow(UnsupportedPatternError);
    }
    const broken = { ...nossaProfile, behaviour: { ...nossaProfile.behaviour, dateFormat: 'YYYY-MM-DD HH:mm' } };
    const parsed = siteProfileSchema.safeParse(broken);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['behaviour', 'dateFormat']);
  });
});
