/**
 * The closing note of BENCHMARKS.md: for each budget that is over, what dominates (from
 * this run's own figures) and what it would take (from profiling the engine, issue 7).
 */
import { checkBudgets } from './budgets';
import type { BenchResults } from './schema';

const pct = (part: number, whole: number): string => `${Math.round((100 * part) / whole)} %`;
const ms = (v: number): string => `${Math.round(v)} ms`;

function analysisNote(r: BenchResults): string[] {
  const hundred = r.node?.texts.find((t) => t.name.startsWith('100 KB'));
  if (!hundred) return [];
  const top = (r.node?.profile?.shares ?? []).slice(0, 5).map((s) => `${s.source} ${(s.share * 100).toFixed(0)} %`);
  return [
    `- **Analysis speed.** ~100 KB takes ${ms(hundred.analysisMs.median)} warm against ${ms(hundred.tokenizeMs.median)} for bare wink-nlp tokenisation + sentence splitting of the same text (${hundred.ratio.toFixed(1)}×). ` +
      'The engine no longer runs wink-nlp (rule-based sentence ends, kept equal to wink\'s by tests/classifier/text/segment-agreement.test.ts). ' +
      (top.length > 0 ? `Self time by source: ${top.join(', ')}. ` : '') +
      'Each sentence is tokenised once by a hand scanner, matched against the lexicon, and its words and word pairs are looked up by stem (no feature names are built in the worker). ' +
      'What remains is mostly regular expressions: the policy score\'s vocabulary counts over a fixed 30,000-character sample, sentence shapes, and the language sample of each block; then garbage collection. ' +
      'What it would take: one pass that counts all policy vocabularies together, and fewer per-sentence objects (tokens as offsets in typed arrays).',
  ];
}

function coldStartNote(r: BenchResults): string[] {
  const [classifier, wink] = r.startup?.probes ?? [];
  const cold = classifier?.chromiumWorker ?? classifier?.node;
  const winkCold = classifier?.chromiumWorker ? wink?.chromiumWorker : wink?.node;
  if (!cold || !winkCold || !classifier || !wink) return [];
  return [
    `- **Worker cold start.** The classifier needs ${ms(cold.totalMs.median)} to load (${ms(cold.loadMs.median)}) and run its first analysis (${ms(cold.firstAnalysisMs.median)}); wink-nlp with its English model alone needs ${ms(winkCold.totalMs.median)} of that (${pct(winkCold.totalMs.median, cold.totalMs.median)}): ` +
      `parsing its ${(wink.bundle.bytes / 1024 / 1024).toFixed(1)} MiB of bundled JSON and code, then \`winkNLP(model)\`, which deep-copies the 2.8 MiB core model (\`JSON.parse(JSON.stringify(...))\`) and builds its hash tables. ` +
      'Laziness cannot hide this in an MV3 worker: `import()` is not allowed in service workers, so whatever the bundle contains is parsed on every wake-up, and the first policy pays the rest. ' +
      'What it would take: no wink in the worker bundle (the engine only uses its tokens and sentence boundaries, and ./boundaries already corrects them for Dutch) — rule-based sentence ends, leaving the sentence model (~0.3 MiB JSON, indexed on first use) as the only model to load.',
  ];
}

function badgeNote(r: BenchResults): string[] {
  const badge = r.chromium?.badge;
  if (!badge?.coldMs) return [];
  const start = badge.workerStartMs?.median;
  return [
    `- **Navigation → badge, cold.** ${ms(badge.coldMs.median)} against ${badge.warmMs ? ms(badge.warmMs.median) : '?'} warm: the difference is the worker's cold start` +
      (start !== undefined ? ` (the woken worker alone takes ${ms(start)} from "starting" to "running", evaluating its bundle)` : '') +
      ' plus indexing the sentence model on the first message.',
  ];
}

function contentNote(r: BenchResults): string {
  const ordinary = r.chromium?.content.find((c) => c.page.startsWith('ordinary'));
  const range = ordinary ? ` (${ordinary.startToIdleMs.min}–${ordinary.startToIdleMs.max} ms over ${ordinary.startToIdleMs.runs} loads)` : '';
  return (
    `- **Content script on an ordinary page.** Borderline${range}. Timed step by step (performance.now() in the isolated world, 15 loads of /article), no step dominates: guard against running twice 0.2–0.3 ms, runtime listener 0.1–0.2 ms, navigation watch 0.1–0.2 ms, first pass over URL, title and headings 0.1–0.2 ms — mostly V8 compiling each function on its first call. No long task overlaps it. ` +
    'A CPU profile of 25 loads in Chromium puts about a quarter of a millisecond in the first touch of the extension API (`chrome.runtime`, whose bindings the isolated world builds on first use, needed for the popup\'s listener); replacing the whole first pass by a constant answer moved the median by under 0.2 ms (41 loads each). ' +
    'What it would take: registering the listener and the navigation watch after the first pass, or lazily on an idle callback — the same work, moved out of the measured span, not removed.'
  );
}

export function findingsFor(r: BenchResults): string[] {
  const over = new Set(checkBudgets(r).filter((v) => v.pass === false).map((v) => v.what));
  const isOver = (prefix: string): boolean => [...over].some((what) => what.startsWith(prefix));
  const notes = [
    ...(isOver('Analysis') ? analysisNote(r) : []),
    ...(isOver('Worker cold start') ? coldStartNote(r) : []),
    ...(isOver('Navigation → badge') ? badgeNote(r) : []),
  ];
  if (isOver('Content script bundle')) notes.push('- **Content-script bundle.** Over 15 KiB gzipped; webextension-polyfill is a large share of it (the content script needs only `runtime.sendMessage` and `runtime.onMessage`).');
  if (isOver('Content script on an ordinary page')) notes.push(contentNote(r));
  if (isOver('Worker heap growth')) notes.push('- **Heap growth.** Something grows with every analysis: take heap snapshots (CDP `HeapProfiler.takeHeapSnapshot`) before and after the repeats and compare.');
  return notes.length > 0 ? notes : ['Every budget measured in this run is met.'];
}
