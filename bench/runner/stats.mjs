/** Nearest-rank percentiles of a list of milliseconds, rounded to 0.1 ms. */
export function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1];
}

const r1 = (n) => (n == null || !Number.isFinite(n) ? null : Math.round(n * 10) / 10);

export function summarise(values) {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  const mean = sorted.length ? sorted.reduce((a, b) => a + b, 0) / sorted.length : null;
  return { n: sorted.length, p50: r1(percentile(sorted, 50)), p95: r1(percentile(sorted, 95)), max: r1(sorted.at(-1)), mean: r1(mean) };
}
