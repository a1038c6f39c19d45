/** bench-results.json → BENCHMARKS.md. Pure, so a unit test can render a fixture. */
import type { EvalRecord } from '../model/eval-record';
import { accuracySection } from './accuracy';
import { checkBudgets, kib, type Verdict } from './budgets';
import { findingsFor } from './findings';
import type { BenchResults, FileSize, Stat } from './schema';

const fmt = (v: number): string => (v < 10 ? v.toFixed(2) : v < 100 ? v.toFixed(1) : v.toFixed(0));
export const statCell = (s: Stat | null | undefined, unit = 'ms'): string =>
  s ? `${fmt(s.median)} ${unit} (${fmt(s.min)}–${fmt(s.max)}, n=${s.runs})` : 'not measured';
const mib = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(2)} MiB`;
const size = (bytes: number): string => (bytes >= 1024 * 1024 ? mib(bytes) : kib(bytes));
const mark = (v: Verdict): string => (v.pass === null ? 'n/a' : v.pass ? '**PASS**' : '**OVER**');

function table(head: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)];
}

function sizeRows(files: readonly FileSize[]): string[][] {
  return files.map((f) => [f.name, size(f.bytes), size(f.gzipBytes)]);
}

function machineLines(r: BenchResults): string[] {
  const m = r.machine;
  return [
    `- Command: \`${r.command}\` (took ${Math.round(r.durationS)} s)`,
    `- Date: ${r.date}`,
    `- Machine: ${m.cpuModel}, ${m.cores} cores, ${m.memoryGiB} GiB, ${m.platform}; load average at start ${m.loadAverage.join(' / ')}`,
    `- Node ${m.node}; Chromium ${m.chromium ?? 'not found'}`,
  ];
}

function nodeSection(r: BenchResults): string[] {
  if (!r.node) return ['Not measured.'];
  return [
    `Each text analysed ${r.node.runs} times after warm-up; in the same loop, alternating, bare wink-nlp (\`readDoc\` + \`sentences().out()\` + \`tokens().out()\`, the engine's pipeline: tokens + sentence boundaries) on the same text.`,
    '',
    ...table(
      ['Text', 'Chars', 'Sentences', 'Analysis', 'Bare wink', 'Ratio', 'Sentences/s'],
      r.node.texts.map((t) => [t.name, String(t.chars), String(t.sentences), statCell(t.analysisMs), statCell(t.tokenizeMs), `${t.ratio.toFixed(2)}×`, String(t.sentencesPerSecond)]),
    ),
    ...(r.node.profile
      ? [
          '',
          `Where the time goes: V8 sampling profile of repeated warm analyses of the ${r.node.profile.text} text, self time per source file (dependencies per package).`,
          '',
          ...table(['Source', 'Share of self time'], r.node.profile.shares.map((s) => [s.source, `${(s.share * 100).toFixed(1)} %`])),
        ]
      : []),
  ];
}

function startupSection(r: BenchResults): string[] {
  const s = r.startup;
  if (!s) return ['Not measured.'];
  const rows: string[][] = [];
  for (const p of s.probes) {
    if (p.chromiumWorker) rows.push([p.name, 'fresh Chromium worker', statCell(p.chromiumWorker.loadMs), statCell(p.chromiumWorker.firstAnalysisMs), statCell(p.chromiumWorker.totalMs)]);
    if (p.node) rows.push([p.name, 'fresh Node process', statCell(p.node.loadMs), statCell(p.node.firstAnalysisMs), statCell(p.node.totalMs)]);
  }
  return [
    'Each probe is bundled by vite as one minified ES module (as the worker chunk is) and loaded fresh per run: a new Node process, or a new Chromium dedicated worker (a new V8 isolate, as a woken service worker gets). "Load" is fetch + parse + evaluate; "first call" analyses a three-sentence policy and so builds whatever is lazy (wink-nlp\'s model, the sentence model\'s index).',
    '',
    ...table(['Probe', 'Where', 'Load', 'First call', 'Total'], rows),
    '',
    ...table(['File', 'Raw', 'Gzipped'], [...sizeRows(s.probes.map((p) => p.bundle)), ...sizeRows(s.modelFiles)]),
  ];
}

function bundleSection(r: BenchResults): string[] {
  const b = r.bundles;
  if (!b) return ['Not measured.'];
  return [
    `dist/ as built at ${b.builtAt}. Each entry with every file it loads (shared chunks counted in each entry that loads them); gzip -9 per file.`,
    '',
    ...table(
      ['Entry', 'Raw', 'Gzipped', 'Files'],
      [...b.entries.map((e) => [e.name, size(e.bytes), size(e.gzipBytes), e.files.join(', ')]), ['whole unpacked dist/', size(b.dist.bytes), size(b.dist.gzipBytes), `${b.dist.files} files`]],
    ),
  ];
}

function chromiumSection(r: BenchResults): string[] {
  const c = r.chromium;
  if (!c) return ['Not measured.'];
  const lines: string[] = [
    'The built extension loaded into Chromium (tests/e2e/support), pages from the local fixture server.',
    '',
    ...table(
      ['Measurement', 'Median (min–max, n)', 'Notes'],
      [
        ...c.content.map((x) => [`Content script start → idle, ${x.page}`, statCell(x.startToIdleMs), `${x.longTasks} long task(s) overlapping, longest ${fmt(x.longestTaskMs)} ms`]),
        ...(c.badge
          ? [
              [`Navigation → badge, seed ${c.badge.seed} (${c.badge.chars} chars), cold worker`, statCell(c.badge.coldMs), 'worker stopped via CDP ServiceWorker.stopAllWorkers first'],
              ['… of which the worker start (CDP status starting → running)', statCell(c.badge.workerStartMs), 'evaluating the worker bundle'],
              [`Navigation → badge, same seed, warm worker`, statCell(c.badge.warmMs), ''],
            ]
          : []),
        ['Popup opened → lights drawn', statCell(c.popupMs), 'popup page in a tab, `.pl-light` present'],
      ],
    ),
  ];
  if (c.memory) {
    const m = c.memory;
    lines.push(
      '',
      `Worker JS heap (CDP \`HeapProfiler.collectGarbage\` then \`Runtime.getHeapUsage\`): ${mib(m.afterLargestSeedBytes)} after analysing the largest seed; ${mib(m.beforeRepeatsBytes)} before and ${mib(m.afterRepeatsBytes)} after ${m.repeats} more analyses (page reloads): growth ${kib(m.growthBytes)}.`,
    );
  }
  if (c.errors.length > 0) lines.push('', 'Errors:', ...c.errors.map((e) => `- ${e}`));
  return lines;
}

/** `accuracy`: eval-results.json and the hash of the model file now in the tree. */
export function renderBenchmarks(r: BenchResults, accuracy: { record: EvalRecord | null; currentModel: string | null } = { record: null, currentModel: null }): string {
  const verdicts = checkBudgets(r);
  return [
    '# Benchmarks',
    '',
    '<!-- Generated by `npm run bench` from bench-results.json; edit scripts/bench, not this file. -->',
    '',
    'Shared 2-core machines are noisy: every figure is the median over repeated runs with the min–max beside it, and comparisons that matter are ratios measured in the same run.',
    '',
    ...machineLines(r),
    '',
    '## Budgets (issue 7)',
    '',
    ...table(['What', 'Figure', 'Budget', 'Verdict'], verdicts.map((v) => [v.what, v.figure, v.budget, mark(v)])),
    '',
    '## 1. Analysis in Node, warm',
    '',
    ...nodeSection(r),
    '',
    '## 2. Start-up (the worker\'s cold start)',
    '',
    ...startupSection(r),
    '',
    '## 3–4, 6. In Chromium: content script, navigation → badge, popup, memory',
    '',
    ...chromiumSection(r),
    '',
    '## 5. Bundle sizes',
    '',
    ...bundleSection(r),
    '',
    '## 7. Model accuracy (issue 4)',
    '',
    ...accuracySection(accuracy.record, accuracy.currentModel),
    '',
    ...(r.errors.length > 0 ? ['## Errors in this run', '', ...r.errors.map((e) => `- ${e}`), ''] : []),
    '## What dominates, and what it would take',
    '',
    ...findingsFor(r),
    '',
  ].join('\n');
}
