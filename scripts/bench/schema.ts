/**
 * The shape of bench-results.json. BENCHMARKS.md is rendered from it, and a unit test
 * checks the committed file against `validateResults`, so the two cannot drift apart.
 */

export const RESULTS_VERSION = 1;

/** Milliseconds (or bytes) over repeated runs. */
export interface Stat {
  median: number;
  min: number;
  max: number;
  runs: number;
}

export interface Machine {
  cpuModel: string;
  cores: number;
  memoryGiB: number;
  platform: string;
  node: string;
  chromium: string | null;
  loadAverage: number[];
}

export interface TextResult {
  name: string;
  chars: number;
  sentences: number;
  analysisMs: Stat;
  tokenizeMs: Stat;
  /** Median analysis / median tokenisation, same run. */
  ratio: number;
  sentencesPerSecond: number;
}

/** Share of analysis self time spent in one source file or dependency. */
export interface ProfileShare {
  source: string;
  share: number;
}

export interface FileSize {
  name: string;
  bytes: number;
  gzipBytes: number;
}

export interface ColdStart {
  /** Fetch, parse and evaluate the bundle (Node: the dynamic import). */
  loadMs: Stat;
  /** The first call, which builds whatever is lazy. */
  firstAnalysisMs: Stat;
  totalMs: Stat;
}

/** One bundle loaded fresh per run: in new Node processes and new Chromium workers. */
export interface StartupProbe {
  name: string;
  bundle: FileSize;
  node: ColdStart | null;
  chromiumWorker: ColdStart | null;
}

export interface StartupResult {
  /** The first probe is the classifier as the worker ships it; the budget applies to it. */
  probes: StartupProbe[];
  modelFiles: FileSize[];
}

export interface BundleEntry extends FileSize {
  files: string[];
}

export interface BundleResult {
  /** When dist/ was built (its manifest's mtime): figures are of that build, not of the tree. */
  builtAt: string;
  entries: BundleEntry[];
  dist: { files: number; bytes: number; gzipBytes: number };
}

export interface ContentResult {
  page: string;
  startToIdleMs: Stat;
  longTasks: number;
  longestTaskMs: number;
}

export interface MemoryResult {
  afterLargestSeedBytes: number;
  beforeRepeatsBytes: number;
  afterRepeatsBytes: number;
  repeats: number;
  growthBytes: number;
}

export interface ChromiumResult {
  content: ContentResult[];
  badge: { seed: string; chars: number; coldMs: Stat | null; warmMs: Stat | null; workerStartMs: Stat | null } | null;
  popupMs: Stat | null;
  memory: MemoryResult | null;
  errors: string[];
}

export interface BenchResults {
  version: typeof RESULTS_VERSION;
  date: string;
  command: string;
  durationS: number;
  machine: Machine;
  node: { runs: number; texts: TextResult[]; profile: { text: string; shares: ProfileShare[] } | null } | null;
  startup: StartupResult | null;
  bundles: BundleResult | null;
  chromium: ChromiumResult | null;
  errors: string[];
}

type Check = (value: unknown, path: string, problems: string[]) => void;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function field(value: Record<string, unknown>, key: string, path: string, problems: string[], check: Check): void {
  check(value[key], `${path}.${key}`, problems);
}

const num: Check = (v, path, problems) => {
  if (typeof v !== 'number' || !Number.isFinite(v)) problems.push(`${path}: not a finite number`);
};
const str: Check = (v, path, problems) => {
  if (typeof v !== 'string') problems.push(`${path}: not a string`);
};
const strings: Check = (v, path, problems) => {
  if (!Array.isArray(v)) problems.push(`${path}: not an array`);
  else v.forEach((s, i) => str(s, `${path}[${i}]`, problems));
};
const stat: Check = (v, path, problems) => {
  if (!isRecord(v)) {
    problems.push(`${path}: not an object`);
    return;
  }
  for (const key of ['median', 'min', 'max', 'runs']) field(v, key, path, problems, num);
  if (typeof v.min === 'number' && typeof v.median === 'number' && typeof v.max === 'number') {
    if (!(v.min <= v.median && v.median <= v.max)) problems.push(`${path}: min ≤ median ≤ max does not hold`);
  }
};
const list = (item: Check): Check => (v, path, problems) => {
  if (!Array.isArray(v)) problems.push(`${path}: not an array`);
  else v.forEach((x, i) => item(x, `${path}[${i}]`, problems));
};
const shape = (spec: Record<string, Check>): Check => (v, path, problems) => {
  if (!isRecord(v)) {
    problems.push(`${path}: not an object`);
    return;
  }
  for (const [key, check] of Object.entries(spec)) field(v, key, path, problems, check);
};
const nullable = (check: Check): Check => (v, path, problems) => {
  if (v !== null) check(v, path, problems);
};

const fileSize = shape({ name: str, bytes: num, gzipBytes: num });
const coldStart = shape({ loadMs: stat, firstAnalysisMs: stat, totalMs: stat });

const checkResults = shape({
  version: (v, path, problems) => {
    if (v !== RESULTS_VERSION) problems.push(`${path}: expected ${RESULTS_VERSION}`);
  },
  date: str,
  command: str,
  durationS: num,
  machine: shape({ cpuModel: str, cores: num, memoryGiB: num, platform: str, node: str, chromium: nullable(str), loadAverage: list(num) }),
  node: nullable(shape({
    runs: num,
    texts: list(shape({ name: str, chars: num, sentences: num, analysisMs: stat, tokenizeMs: stat, ratio: num, sentencesPerSecond: num })),
    profile: nullable(shape({ text: str, shares: list(shape({ source: str, share: num })) })),
  })),
  startup: nullable(shape({
    probes: list(shape({ name: str, bundle: fileSize, node: nullable(coldStart), chromiumWorker: nullable(coldStart) })),
    modelFiles: list(fileSize),
  })),
  bundles: nullable(shape({
    builtAt: str,
    entries: list(shape({ name: str, bytes: num, gzipBytes: num, files: strings })),
    dist: shape({ files: num, bytes: num, gzipBytes: num }),
  })),
  chromium: nullable(shape({
    content: list(shape({ page: str, startToIdleMs: stat, longTasks: num, longestTaskMs: num })),
    badge: nullable(shape({ seed: str, chars: num, coldMs: nullable(stat), warmMs: nullable(stat), workerStartMs: nullable(stat) })),
    popupMs: nullable(stat),
    memory: nullable(shape({ afterLargestSeedBytes: num, beforeRepeatsBytes: num, afterRepeatsBytes: num, repeats: num, growthBytes: num })),
    errors: strings,
  })),
  errors: strings,
});

/** Problems with a parsed bench-results.json; empty when it has the expected shape. */
export function validateResults(value: unknown): string[] {
  const problems: string[] = [];
  checkResults(value, 'results', problems);
  return problems;
}

export function isBenchResults(value: unknown): value is BenchResults {
  return validateResults(value).length === 0;
}
