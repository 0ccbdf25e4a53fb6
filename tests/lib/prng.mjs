// mulberry32: a small seeded generator, so that generated test data is the same on every run and a failing case
// can be made again from its number. Plain JavaScript, for the unit tests and the browser tests alike.

/** @param {number} seed @returns {() => number} a number in [0, 1) per call */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
