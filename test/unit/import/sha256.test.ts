import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Sha256 } from '@/lib/import';

const reference = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('SHA-256 fed in chunks (the import hashes its file as it reads it)', () => {
  it('gives the known digests (FIPS 180-4 examples)', () => {
    const ascii = (text: string) => new TextEncoder().encode(text);
    expect(new Sha256().hex()).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(new Sha256().update(ascii('abc')).hex()).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(new Sha256().update(ascii('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).hex()).toBe('248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
  });

  it('equals the digest of the whole, however the bytes are cut (every length around the 64-byte block and its padding)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 0, maxLength: 300 }), fc.array(fc.nat(300)), (bytes, cuts) => {
        const hash = new Sha256();
        let from = 0;
        for (const cut of [...new Set(cuts)].sort((a, b) => a - b).filter((c) => c < bytes.length)) {
          hash.update(bytes.subarray(from, cut));
          from = cut;
        }
        hash.update(bytes.subarray(from));
        expect(hash.hex()).toBe(reference(bytes));
      }),
      { numRuns: 500 },
    );
    for (let length = 50; length <= 130; length++) {
      const bytes = new Uint8Array(length).map((_, i) => (i * 31) & 0xff);
      expect(new Sha256().update(bytes).hex(), `${length} bytes`).toBe(reference(bytes));
    }
  });

  it('a megabyte in 4 KB chunks, as a file is read', () => {
    const bytes = new Uint8Array(1 << 20).map((_, i) => (i * 7919) & 0xff);
    const hash = new Sha256();
    for (let at = 0; at < bytes.length; at += 4096) hash.update(bytes.subarray(at, at + 4096));
    expect(hash.hex()).toBe(reference(bytes));
  });

  it('takes no more input once its digest was read', () => {
    const hash = new Sha256();
    hash.hex();
    expect(() => hash.update(new Uint8Array(1))).toThrow();
  });
});
