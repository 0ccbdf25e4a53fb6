// Order statistics for the benchmarks: nearest-rank, so every reported value is one that was measured.

/** @param {number[]} xs @param {number} q in [0, 1] */
export function quantile(xs, q) {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
}

/** Median (the lower middle value for an even count). @param {number[]} xs */
export const median = (xs) => quantile(xs, 0.5);
