/** Issue 7's budgets, checked against a results object (PASS / OVER / n/a when not measured). */
import type { BenchResults } from './schema';

export interface Verdict {
  what: string;
  figure: string;
  budget: string;
  /** null: not measured in this run. */
  pass: boolean | null;
}

export const CONTENT_GZIP_BUDGET = 15 * 1024;
/** Heap growth we treat as noise (a few cached strings, V8's own bookkeeping). */
export const HEAP_NOISE_BYTES = 1024 * 1024;

const ms = (v: number): string => `${v.toFixed(v < 10 ? 2 : 0)} ms`;
export const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;

function verdict(what: string, budget: string, value: number | undefined, limit: number, show: (v: number) => string): Verdict {
  if (value === undefined) return { what, figure: 'not measured', budget, pass: null };
  return { what, figure: show(value), budget, pass: value <= limit };
}

export function checkBudgets(r: BenchResults): Verdict[] {
  const hundred = r.node?.texts.find((t) => t.name.startsWith('100 KB'));
  const content = r.chromium?.content.find((c) => c.page.startsWith('ordinary'));
  const contentBundle = r.bundles?.entries.find((e) => e.name === 'content script');
  const classifier = r.startup?.probes[0];
  const cold = classifier?.chromiumWorker?.totalMs.median ?? classifier?.node?.totalMs.median;
  const coldWhere = classifier?.chromiumWorker ? 'Chromium worker' : 'fresh Node process';
  const memory = r.chromium?.memory;
  return [
    verdict('Analysis of ~100 KB, warm (Node, median)', '≤ 30 ms', hundred?.analysisMs.median, 30, ms),
    verdict('Analysis ÷ bare wink tokenisation, same 100 KB', '≤ 3×', hundred?.ratio, 3, (v) => `${v.toFixed(2)}×`),
    verdict(`Worker cold start incl. model (${coldWhere}: load + first analysis, median)`, '≤ 150 ms', cold, 150, ms),
    verdict('Content script on an ordinary page, start → idle (median)', '≤ 1 ms', content?.startToIdleMs.median, 1, ms),
    verdict('Content script bundle, gzipped', '≤ 15 KiB', contentBundle?.gzipBytes, CONTENT_GZIP_BUDGET, kib),
    verdict('Navigation → badge, largest seed, cold worker (median)', '≤ 500 ms', r.chromium?.badge?.coldMs?.median ?? undefined, 500, ms),
    verdict(
      `Worker heap growth after ${memory?.repeats ?? 50} analyses (after GC)`,
      `≤ ${kib(HEAP_NOISE_BYTES)} (noise)`,
      memory?.growthBytes,
      HEAP_NOISE_BYTES,
      kib,
    ),
  ];
}
