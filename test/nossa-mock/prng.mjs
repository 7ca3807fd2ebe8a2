// @ts-check
// A small seeded PRNG (mulberry32) for the layout generator: the same seed gives the
// same sequence on every machine and Node version, so a layout is reproducible from
// its seed alone (Math.random could not be).

/**
 * @param {number} seed any integer
 * @returns {() => number} a function returning floats in [0, 1)
 */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Helpers over one generator.
 * @param {number} seed
 */
export function rng(seed) {
  const next = mulberry32(seed);
  return {
    next,
    /** @template T @param {readonly T[]} list @returns {T} */
    pick: (list) => /** @type {T} */ (list[Math.floor(next() * list.length)]),
    /** @param {number} p @returns {boolean} */
    chance: (p) => next() < p,
    /** Fisher-Yates on a copy. @template T @param {readonly T[]} list @returns {T[]} */
    shuffle: (list) => {
      const out = [...list];
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [out[i], out[j]] = /** @type {[T, T]} */ ([out[j], out[i]]);
      }
      return out;
    },
    /** @param {number} n @returns {string} n random lower-case letters/digits, starting with a letter */
    token: (n) => {
      const letters = 'abcdefghijklmnopqrstuvwxyz';
      const chars = `${letters}0123456789`;
      let s = letters[Math.floor(next() * letters.length)] ?? 'a';
      while (s.length < n) s += chars[Math.floor(next() * chars.length)] ?? 'x';
      return s;
    },
  };
}
