/** Median, 95th percentile and maximum of a list of timings, in milliseconds. */
export interface Figures {
  /** How many samples (date changes, page loads). */
  changes: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
}

export function figures(samples: readonly number[]): Figures {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  const round = (n: number) => Math.round(n * 100) / 100;
  return { changes: samples.length, medianMs: round(at(0.5)), p95Ms: round(at(0.95)), maxMs: round(sorted.at(-1) ?? 0) };
}
