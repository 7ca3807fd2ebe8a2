import { describe, expect, it } from 'vitest';
import { toHostPattern } from '@/lib/sites/host-pattern';

describe('toHostPattern', () => {
  it.each([
    ['https://10.1.2.3', 'https://10.1.2.3/*'],
    ['10.1.2.3:8443/maximo/ui/', 'https://10.1.2.3:8443/*'],
    ['http://nossa-staging.telkom.co.id/maximo', 'http://nossa-staging.telkom.co.id/*'],
    ['  HTTPS://NOSSA.Example.ID  ', 'https://nossa.example.id/*'],
  ])('%s -> %s', (input, pattern) => {
    expect(toHostPattern(input)).toBe(pattern);
  });

  it.each(['', 'bukan alamat / apa pun', 'ftp://10.1.2.3', 'https://'])('refuses %j', (input) => {
    expect(toHostPattern(input)).toBeNull();
  });
});

describe('toHostPattern with what URL() would wrongly accept', () => {
  it.each(['https://bukan alamat', 'https://a_b!c', 'https://x y.id:80'])('refuses %j', (input) => {
    expect(toHostPattern(input)).toBeNull();
  });
  it('keeps only the origin of a pasted page address', () => {
    expect(toHostPattern('https://host/maximo/ui/%20?x=1')).toBe('https://host/*');
  });
  it('accepts an IPv6 address', () => {
    expect(toHostPattern('https://[fd00::1]:8443')).toBe('https://[fd00::1]:8443/*');
  });
});
