/**
 * Cold start: the classifier and its model bundled the way the worker gets them, then
 * loaded in fresh Node processes (and, by chromium.ts, in fresh Chromium workers):
 * time to import, and time of the first analysis, which builds wink-nlp and indexes
 * the sentence model lazily.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import type { ColdStart, FileSize } from './schema';
import { statOf } from './stats';
import { MODEL_FILE } from '../model/eval-record';

/** A short policy passage: enough to wake every stage (segmentation, language, model). */
export const FIRST_TEXT =
  'Privacyverklaring\n\nWij delen uw persoonsgegevens met derden voor advertenties. We plaatsen cookies om uw surfgedrag te volgen. Uw gegevens worden doorgegeven naar landen buiten de EU.';

export function sizeOf(name: string, path: string): FileSize {
  const data = readFileSync(path);
  return { name, bytes: data.length, gzipBytes: gzipSync(data, { level: 9 }).length };
}

/** All of the wink English model's files (what a bundler inlines), the size of the whole. */
function directorySize(name: string, dir: string): FileSize {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  const data = Buffer.concat(files.map((e) => readFileSync(join(e.parentPath, e.name))));
  return { name, bytes: data.length, gzipBytes: gzipSync(data, { level: 9 }).length };
}

/** The wink English model as shipped (whole, and its core JSON), and our sentence model. */
export function modelFileSizes(root: string): FileSize[] {
  const winkDist = dirname(createRequire(join(root, 'package.json')).resolve('wink-eng-lite-web-model'));
  return [
    directorySize('wink-eng-lite-web-model, all of dist/', winkDist),
    sizeOf('wink-eng-lite-web-model core (eng-core-web-model.json)', join(winkDist, 'languages', 'cur', 'models', 'eng-core-web-model.json')),
    sizeOf(MODEL_FILE, join(root, MODEL_FILE)),
  ];
}

/** Bundles a probe entry (minified ES module, as in dist/); returns the file's path. */
export async function buildProbe(root: string, entry: string): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'privacy-lights-probe-'));
  await build({
    configFile: false,
    root,
    logLevel: 'silent',
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      minify: true,
      lib: { entry, formats: ['es'], fileName: () => 'probe.js' },
    },
  });
  const file = readdirSync(outDir).find((f) => f.endsWith('.js'));
  if (!file) throw new Error('the probe build wrote no file');
  return join(outDir, file);
}

const NODE_PROBE = `
const t0 = performance.now();
const probe = await import(process.argv[1]);
const t1 = performance.now();
probe.analyze({ text: process.argv[2] });
const t2 = performance.now();
process.stdout.write(JSON.stringify({ loadMs: t1 - t0, firstAnalysisMs: t2 - t1 }));
`;

export function nodeColdStart(probeFile: string, runs: number): ColdStart {
  const loads: number[] = [];
  const firsts: number[] = [];
  const totals: number[] = [];
  for (let i = 0; i < runs; i++) {
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', NODE_PROBE, probeFile, FIRST_TEXT], { encoding: 'utf8' });
    const { loadMs, firstAnalysisMs } = JSON.parse(out) as { loadMs: number; firstAnalysisMs: number };
    loads.push(loadMs);
    firsts.push(firstAnalysisMs);
    totals.push(loadMs + firstAnalysisMs);
  }
  return { loadMs: statOf(loads), firstAnalysisMs: statOf(firsts), totalMs: statOf(totals) };
}
