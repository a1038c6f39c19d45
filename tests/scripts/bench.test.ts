import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkBudgets } from '../../scripts/bench/budgets';
import { renderBenchmarks } from '../../scripts/bench/render';
import { validateResults, type BenchResults, type Stat } from '../../scripts/bench/schema';
import { sharesOf, sourceOf } from '../../scripts/bench/profile';
import { statOf } from '../../scripts/bench/stats';

const stat = (median: number): Stat => ({ median, min: median / 2, max: median * 2, runs: 5 });

function fixture(): BenchResults {
  return {
    version: 1,
    date: '2026-11-22T03:00:00.000Z',
    command: 'npm run bench',
    durationS: 120,
    machine: { cpuModel: 'Test CPU', cores: 2, memoryGiB: 8, platform: 'linux 6', node: 'v20.19.0', chromium: '156.0.0.0', loadAverage: [1, 1, 1] },
    node: {
      runs: 5,
      profile: { text: '100 KB', shares: [{ source: 'src/classifier/model/concepts.ts', share: 0.25 }] },
      texts: [{ name: '100 KB (seeds concatenated)', chars: 99_000, sentences: 800, analysisMs: stat(45), tokenizeMs: stat(20), ratio: 2.25, sentencesPerSecond: 17_778 }],
    },
    startup: {
      probes: [
        {
          name: 'classifier',
          bundle: { name: 'classifier', bytes: 1000, gzipBytes: 400 },
          node: { loadMs: stat(100), firstAnalysisMs: stat(80), totalMs: stat(180) },
          chromiumWorker: { loadMs: stat(60), firstAnalysisMs: stat(50), totalMs: stat(110) },
        },
      ],
      modelFiles: [{ name: 'model.json', bytes: 2048, gzipBytes: 1024 }],
    },
    bundles: {
      builtAt: '2026-11-22T02:50:00.000Z',
      entries: [{ name: 'content script', bytes: 40_000, gzipBytes: 16_000, files: ['src/content/index.js'] }],
      dist: { files: 3, bytes: 50_000, gzipBytes: 20_000 },
    },
    chromium: {
      content: [{ page: 'ordinary page (/article)', startToIdleMs: stat(0.5), longTasks: 0, longestTaskMs: 0 }],
      badge: { seed: '003', chars: 33_000, coldMs: null, warmMs: stat(200), workerStartMs: null },
      popupMs: stat(150),
      memory: { afterLargestSeedBytes: 18e6, beforeRepeatsBytes: 18e6, afterRepeatsBytes: 18.1e6, repeats: 50, growthBytes: 1e5 },
      errors: ['popup → lights: example failure'],
    },
    errors: [],
  };
}

describe('bench results', () => {
  it('accepts a complete results object and names what is wrong with a broken one', () => {
    expect(validateResults(fixture())).toEqual([]);
    const broken = { ...fixture(), version: 2, node: { runs: 5, texts: [{ ...fixture().node!.texts[0], analysisMs: { median: 9, min: 10, max: 8, runs: 1 } }] } };
    const problems = validateResults(broken);
    expect(problems).toContain('results.version: expected 1');
    expect(problems.some((p) => p.startsWith('results.node.texts[0].analysisMs'))).toBe(true);
    expect(validateResults({ ...fixture(), machine: undefined })).toContain('results.machine: not an object');
  });

  it('checks the committed bench-results.json against the schema', () => {
    const committed: unknown = JSON.parse(readFileSync(join(__dirname, '..', '..', 'bench-results.json'), 'utf8'));
    expect(validateResults(committed)).toEqual([]);
  });

  it('compares each figure with its budget', () => {
    const byWhat = new Map(checkBudgets(fixture()).map((v) => [v.what.split(' (')[0], v.pass]));
    expect(byWhat.get('Analysis of ~100 KB, warm')).toBe(false);
    expect(byWhat.get('Analysis ÷ bare wink tokenisation, same 100 KB')).toBe(true);
    expect(byWhat.get('Worker cold start incl. model')).toBe(true);
    expect(byWhat.get('Content script bundle, gzipped')).toBe(false);
    expect(byWhat.get('Navigation → badge, largest seed, cold worker')).toBeNull();
  });

  it('renders the machine, the command, every budget and the failures of a run', () => {
    const md = renderBenchmarks(fixture());
    expect(md).toMatch(/^# Benchmarks/);
    expect(md).toContain('`npm run bench`');
    expect(md).toContain('Test CPU, 2 cores, 8 GiB');
    expect(md).toContain('| Analysis of ~100 KB, warm (Node, median) | 45 ms | ≤ 30 ms | **OVER** |');
    expect(md).toContain('| 100 KB (seeds concatenated) | 99000 | 800 | 45.0 ms (22.5–90.0, n=5) |');
    expect(md.match(/\*\*PASS\*\*/g)).toHaveLength(4);
    expect(md).toContain('- popup → lights: example failure');
    expect(md).toContain('| Navigation → badge, largest seed, cold worker (median) | not measured | ≤ 500 ms | n/a |');
  });
});

describe('statOf', () => {
  it('gives the median of odd and even counts and the range', () => {
    expect(statOf([5, 1, 3])).toEqual({ median: 3, min: 1, max: 5, runs: 3 });
    expect(statOf([4, 1, 2, 3])).toEqual({ median: 2.5, min: 1, max: 4, runs: 4 });
    expect(() => statOf([])).toThrow();
  });
});

describe('profile shares', () => {
  it('names our files by path, dependencies by package and V8 by its label', () => {
    expect(sourceOf('file:///work/main/src/classifier/model/concepts.ts', 'findConcepts')).toBe('src/classifier/model/concepts.ts');
    expect(sourceOf('file:///work/main/node_modules/wink-nlp/src/tokenizer.js', 'tokenize')).toBe('wink-nlp');
    expect(sourceOf('', '(garbage collector)')).toBe('(garbage collector)');
    expect(sourceOf('node:internal/modules/esm/loader', 'load')).toBe('(node internals)');
  });

  it('sums self time per source, ignores idle time and folds small shares into the rest', () => {
    const frame = (url: string, functionName = 'f') => ({ functionName, scriptId: '0', url, lineNumber: 0, columnNumber: 0 });
    const profile = {
      nodes: [
        { id: 1, callFrame: frame('file:///r/src/a.ts') },
        { id: 2, callFrame: frame('file:///r/node_modules/wink-nlp/x.js') },
        { id: 3, callFrame: frame('', '(idle)') },
        { id: 4, callFrame: frame('file:///r/src/b.ts') },
      ],
      startTime: 0,
      endTime: 1000,
      samples: [1, 2, 1, 3, 4],
      timeDeltas: [400, 192, 400, 5000, 8],
    };
    expect(sharesOf(profile)).toEqual([
      { source: 'src/a.ts', share: 0.8 },
      { source: 'wink-nlp', share: 0.192 },
      { source: '(rest)', share: 0.008 },
    ]);
  });
});
