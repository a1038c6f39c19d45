/** Medians and ranges over repeated runs: single timings on a shared 2-core machine mean little. */
import type { Stat } from './schema';

export function statOf(samples: readonly number[]): Stat {
  if (samples.length === 0) throw new Error('statOf: no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return { median: round(median), min: round(sorted[0] ?? 0), max: round(sorted[sorted.length - 1] ?? 0), runs: sorted.length };
}

/** Three significant decimals are more than the noise allows; keeps the JSON readable. */
export function round(value: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** Milliseconds one synchronous call takes. */
export function timeMs(run: () => unknown): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

/** Ratio of two medians, rounded for display. */
export function ratio(a: Stat, b: Stat): number {
  return b.median > 0 ? round(a.median / b.median, 2) : 0;
}
