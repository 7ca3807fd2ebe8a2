import { describe, expect, it } from 'vitest';
import { translator } from '@/lib/i18n';
import { en } from '@/lib/i18n/messages/en';
import { id } from '@/lib/i18n/messages/id';

describe('i18n', () => {
  it('has the same keys and the same placeholders in Indonesian and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort());
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(id) as Array<keyof typeof id>) {
      expect(placeholders(en[key]), key).toEqual(placeholders(id[key]));
      expect(en[key].trim(), key).not.toBe('');
    }
  });

  it('speaks Indonesian by default and English on request, filling placeholders', () => {
    expect(translator('id')('dashboard.logs.count', { count: 3 })).toBe('3 sesi tercatat');
    expect(translator('en')('dashboard.logs.count', { count: 3 })).toBe('3 sessions recorded');
  });

  it('leaves an unknown placeholder visible instead of dropping it', () => {
    expect(translator('en')('error.generic')).toBe('Something went wrong: {detail}');
  });
});
