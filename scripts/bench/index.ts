/**
 * `npm run bench`: measures the engine in Node, the worker's cold start, the bundles and
 * the built extension in Chromium, writes bench-results.json and renders BENCHMARKS.md.
 * Builds dist/ first when it is missing (or always, with --build). Other flags: --quick
 * (fewer runs), --no-chromium (Node figures and bundle sizes only).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CHROMIUM } from '../../tests/e2e/support/extension';
import { startFixtureServer } from '../../tests/e2e/support/server';
import { checkBudgets } from './budgets';
import { measureBundles } from './bundle';
import { runChromiumBench } from './chromium';
import { chromiumColdStart } from './cold-worker';
import { benchTexts, loadSeeds } from './corpus';
import { describeMachine } from './machine';
import { runNodeBench } from './node';
import { profileAnalysis } from './profile';
import { renderBenchmarks } from './render';
import { RESULTS_VERSION, type BenchResults, type StartupProbe, type StartupResult } from './schema';
import { buildProbe, modelFileSizes, nodeColdStart, sizeOf } from './startup';
import { round } from './stats';
import { EVAL_RECORD_FILE, MODEL_FILE, evalRecordProblems, modelHash, type EvalRecord } from '../model/eval-record';

const ROOT = join(import.meta.dirname, '..', '..');
const DIST = join(ROOT, 'dist');
const quick = process.argv.includes('--quick');
const withChromium = !process.argv.includes('--no-chromium');
const RUNS = quick ? 5 : 15;
const CONTENT_RUNS = quick ? 5 : 21;
const BROWSER_RUNS = quick ? 3 : 7;
const REPEATS = quick ? 10 : 50;

const log = (message: string): void => void process.stderr.write(`bench: ${message}\n`);
const messageOf = (error: unknown): string => (error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error));

const PROBES = [
  { name: 'classifier (src/classifier, both models)', entry: 'probe-entry.ts' },
  { name: 'wink-nlp + English model only', entry: 'probe-wink.ts' },
];

async function startup(origin: string | null, errors: string[]): Promise<StartupResult> {
  const probes: StartupProbe[] = [];
  for (const { name, entry } of PROBES) {
    const file = await buildProbe(ROOT, join(ROOT, 'scripts', 'bench', entry));
    try {
      const probe: StartupProbe = { name, bundle: sizeOf(name, file), node: nodeColdStart(file, RUNS), chromiumWorker: null };
      if (origin) {
        probe.chromiumWorker = await chromiumColdStart(file, origin, RUNS).catch((error: unknown) => {
          errors.push(`Chromium cold start of ${name}: ${messageOf(error)}`);
          return null;
        });
      }
      probes.push(probe);
    } finally {
      rmSync(dirname(file), { recursive: true, force: true });
    }
  }
  return { probes, modelFiles: modelFileSizes(ROOT) };
}

async function main(): Promise<void> {
  const started = performance.now();
  const errors: string[] = [];
  if (process.argv.includes('--build') || !existsSync(join(DIST, 'manifest.json'))) {
    log('building dist/: npm run build');
    execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  }
  const results: BenchResults = {
    version: RESULTS_VERSION,
    date: new Date().toISOString(),
    command: `npm run bench${process.argv.slice(2).length > 0 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
    durationS: 0,
    machine: describeMachine(CHROMIUM),
    node: null,
    startup: null,
    bundles: null,
    chromium: null,
    errors,
  };

  log(`Node, warm analysis (${RUNS} runs per text)`);
  const texts = benchTexts(join(ROOT, 'seeds'));
  results.node = runNodeBench(texts, { runs: RUNS, warmup: 3 });
  const profiled = texts.find((t) => t.name.startsWith('100 KB'));
  if (profiled) {
    log(`profiling analysis of the ${profiled.name} text`);
    results.node.profile = { text: profiled.name, shares: await profileAnalysis(profiled.text, quick ? 5 : 15) };
  }
  log('bundle sizes');
  results.bundles = measureBundles(DIST);

  const server = withChromium ? await startFixtureServer() : null;
  try {
    log('cold start: probe bundle in fresh Node processes and Chromium workers');
    results.startup = await startup(server?.origin ?? null, errors).catch((error: unknown) => {
      errors.push(`start-up: ${messageOf(error)}`);
      return null;
    });
    if (server) {
      const largest = loadSeeds(join(ROOT, 'seeds')).reduce((a, b) => (b.text.length > a.text.length ? b : a));
      log(`Chromium: content script, badge, popup, heap (${BROWSER_RUNS} runs, ${REPEATS} repeats)`);
      results.chromium = await runChromiumBench(server, {
        contentRuns: CONTENT_RUNS,
        runs: BROWSER_RUNS,
        repeats: REPEATS,
        largestSeed: { id: largest.name.replace(/^seed /, ''), chars: largest.text.length },
      }).catch((error: unknown) => {
        errors.push(`Chromium: ${messageOf(error)}`);
        return null;
      });
    }
  } finally {
    await server?.close();
  }

  results.durationS = round((performance.now() - started) / 1000, 1);
  writeFileSync(join(ROOT, 'bench-results.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(ROOT, 'BENCHMARKS.md'), renderBenchmarks(results, { record: loadEvalRecord(), currentModel: modelHash(readFileSync(join(ROOT, MODEL_FILE), 'utf8')) }));
  for (const v of checkBudgets(results)) log(`${v.pass === null ? 'n/a ' : v.pass ? 'PASS' : 'OVER'} ${v.what}: ${v.figure} (budget ${v.budget})`);
  log('wrote bench-results.json and BENCHMARKS.md');
}

/** eval-results.json when present and well formed; a broken one is reported, not rendered. */
function loadEvalRecord(): EvalRecord | null {
  const path = join(ROOT, EVAL_RECORD_FILE);
  if (!existsSync(path)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    log(`${EVAL_RECORD_FILE} is not JSON (${messageOf(error)}); accuracy left out`);
    return null;
  }
  const problems = evalRecordProblems(parsed);
  if (problems.length > 0) {
    log(`${EVAL_RECORD_FILE} is incomplete (${problems.slice(0, 3).join('; ')}); accuracy left out`);
    return null;
  }
  return parsed as EvalRecord;
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
