/**
 * `npm run eval`: per category and language, precision / recall / F1 / level agreement /
 * document-light agreement of the model and of a keyword baseline, on (a) 5-fold
 * cross-validation grouped by document over data/ and (b) leave-one-seed-out against
 * ../shared/seeds-gold; (c) the full pipeline's lights on the seeds; (d) the leave-one-seed-out
 * models graded on English translations of the seeds (data/eval/seeds-gold-en: evaluation only,
 * never trained on), the nearest we have to real English policies with reference labels.
 * `--held-out-round` adds (e): the newest authoring round graded by a model trained without it.
 * `--training-seeds=1,2,7` adds (f): the leave-one-seed-out figures again under each training
 * seed, with their mean and range (one run's figure moves by about three points with the seed).
 * `--json` prints one JSON object instead of the table.
 * `--record` also writes the figures to eval-results.json, which `npm run bench` renders into BENCHMARKS.md.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { CATEGORIES } from '../src/classifier/types';
import { loadCorpus, loadSeedsGold } from './model/dataset';
import { calibrate, outOfFold, predictInOrder } from './model/cv';
import { baselineLabels } from './model/baseline';
import { leaveOneSeedOut, lightsRight } from './model/loso';
import { docLightAgreement, figures, macroF1, type Scored } from './model/metrics';
import { featurise } from './model/train-core';
import { pipelineLights } from './model/pipeline';
import { heldOutRound, NEWEST_ROUND } from './model/held-out-round';
import { seedSpread, spreadSummary } from './model/seed-spread';
import { EVAL_RECORD_FILE, MODEL_FILE, machineOf, modelHash, splitRecord, type EvalRecord } from './model/eval-record';

const GOLD_DIR = process.env.SEEDS_GOLD ?? '../shared/seeds-gold';
const GOLD_EN_DIR = 'data/eval/seeds-gold-en';
const asJson = process.argv.includes('--json');
const started = performance.now();

// CORPUS_DIR: evaluate another copy of the corpus (experiments), never used by train.
const data = featurise(loadCorpus(process.env.CORPUS_DIR ?? 'data'));
const { logits } = outOfFold(data, 5);
const cal = calibrate(data, logits);
const cvLabels = predictInOrder(data.map((d, i) => ({ z: logits[i] ?? { tracking: [], sharing: [], transfer: [] }, text: d.ex.text, doc: d.ex.doc, leadIn: d.ex.leadIn })), cal);
const cvModel: Scored[] = data.map((d, i) => ({ lang: d.ex.lang, doc: d.ex.doc, gold: d.ex.labels, pred: cvLabels[i] ?? {} }));
const cvBase: Scored[] = data.map((d) => ({ lang: d.ex.lang, doc: d.ex.doc, gold: d.ex.labels, pred: baselineLabels(d.ex.text) }));
const seeds = existsSync(GOLD_DIR) ? loadSeedsGold(GOLD_DIR) : [];
const translations = existsSync(GOLD_EN_DIR) ? loadSeedsGold(GOLD_EN_DIR) : [];
const loso = leaveOneSeedOut(data, seeds, logits, translations);
/** `--name=a,b`: ['a', 'b']; `--name` alone: null; absent: undefined. */
function listArg(name: string): string[] | null | undefined {
  const arg = process.argv.find((a) => a === name || a.startsWith(`${name}=`));
  if (arg === undefined) return undefined;
  return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1).split(',').filter(Boolean) : null;
}
// --held-out-round grades the newest writing round; --held-out-round=en-i-,nl-i- any rounds, by doc-id prefix.
const heldOutList = listArg('--held-out-round');
const heldOutPrefixes = heldOutList ?? [...NEWEST_ROUND];
const newest = heldOutList !== undefined ? heldOutRound(data, heldOutPrefixes) : { model: [], baseline: [] };
const trainingSeeds = (listArg('--training-seeds') ?? []).map(Number);
if (trainingSeeds.some((s) => !Number.isInteger(s))) {
  console.error(`--training-seeds takes whole numbers, e.g. --training-seeds=1,2,7 (got "${process.argv.find((a) => a.startsWith('--training-seeds'))}")`);
  process.exit(2);
}
const spread = trainingSeeds.length > 0 ? seedSpread(data, seeds, translations, trainingSeeds, loso) : [];
const pipeline = await pipelineLights(seeds, (id) => readFileSync(`seeds/${id}.txt`, 'utf8'));

function table(rows: readonly Scored[]) {
  const langs = ['all', ...[...new Set(rows.map((r) => r.lang))].sort()];
  return CATEGORIES.flatMap((c) => langs.map((lang) => {
    const subset = lang === 'all' ? rows : rows.filter((r) => r.lang === lang);
    const f = figures(subset, c);
    const d = docLightAgreement(subset, c);
    return { category: c, lang, n: subset.length, ...f, docLights: `${d.agree}/${d.docs}` };
  }));
}

const report = {
  sentences: data.length,
  calibration: cal,
  cv: { model: { macroF1: macroF1(cvModel), rows: table(cvModel) }, baseline: { macroF1: macroF1(cvBase), rows: table(cvBase) } },
  loso: {
    model: { macroF1: macroF1(loso.model.rows), lightsOk: lightsRight(loso.model.seeds), lights: loso.model.seeds, rows: table(loso.model.rows) },
    baseline: { macroF1: macroF1(loso.baseline.rows), lightsOk: lightsRight(loso.baseline.seeds), lights: loso.baseline.seeds, rows: table(loso.baseline.rows) },
  },
  pipeline,
  translated: {
    model: { macroF1: macroF1(loso.translated.model.rows), lightsOk: lightsRight(loso.translated.model.seeds), lights: loso.translated.model.seeds, rows: table(loso.translated.model.rows) },
    baseline: { macroF1: macroF1(loso.translated.baseline.rows), lightsOk: lightsRight(loso.translated.baseline.seeds), rows: table(loso.translated.baseline.rows) },
  },
  ...(newest.model.length > 0 ? { heldOutRound: { model: { macroF1: macroF1(newest.model), rows: table(newest.model) }, baseline: { macroF1: macroF1(newest.baseline), rows: table(newest.baseline) } } } : {}),
  ...(spread.length > 0 ? { trainingSeeds: spread } : {}),
  seconds: Math.round((performance.now() - started) / 100) / 10,
};

// Lights are graded per seed and category: the denominators of every "n/15" below.
const seedLights = seeds.length * CATEGORIES.length;
const translatedLights = translations.length * CATEGORIES.length;

if (process.argv.includes('--record')) {
  const record: EvalRecord = {
    date: new Date().toISOString(),
    command: ['npm run eval --', ...process.argv.slice(2)].join(' '),
    seconds: report.seconds,
    machine: machineOf(),
    model: modelHash(readFileSync(MODEL_FILE, 'utf8')),
    corpusSentences: data.length,
    splits: [
      splitRecord('(a) 5-fold cross-validation, grouped by document', data.length, report.cv.model.rows, report.cv.model.macroF1, report.cv.baseline.macroF1, null),
      splitRecord('(b) leave-one-seed-out, the five real Dutch seeds', loso.model.rows.length, report.loso.model.rows, report.loso.model.macroF1, report.loso.baseline.macroF1, `${report.loso.model.lightsOk}/${seedLights}`),
      ...(translations.length > 0 ? [splitRecord('(d) the same models on English translations of the seeds', loso.translated.model.rows.length, report.translated.model.rows, report.translated.model.macroF1, report.translated.baseline.macroF1, `${report.translated.model.lightsOk}/${translatedLights}`)] : []),
      ...(report.heldOutRound ? [splitRecord(`(e) writing round ${heldOutPrefixes.join(', ')} held out`, newest.model.length, report.heldOutRound.model.rows, report.heldOutRound.model.macroF1, report.heldOutRound.baseline.macroF1, null)] : []),
    ],
    pipelineLights: pipeline ? `${pipeline.ok}/${seedLights}` : null,
    trainingSeeds: spread,
  };
  writeFileSync(EVAL_RECORD_FILE, `${JSON.stringify(record, null, 2)}\n`);
}

if (asJson) {
  console.log(JSON.stringify(report));
} else {
  const pct = (x: number) => (x * 100).toFixed(1).padStart(5);
  const print = (title: string, model: ReturnType<typeof table>, base: ReturnType<typeof table>) => {
    console.log(`\n${title}\ncategory  lang     n |  model: P     R    F1  level docLights | baseline: P     R    F1  level docLights`);
    model.forEach((m, i) => {
      const b = base[i];
      if (!b) return;
      console.log(`${m.category.padEnd(9)} ${m.lang.padEnd(4)} ${String(m.n).padStart(5)} | ${pct(m.precision)} ${pct(m.recall)} ${pct(m.f1)} ${pct(m.levelAgreement)} ${m.docLights.padStart(9)} | ${pct(b.precision)} ${pct(b.recall)} ${pct(b.f1)} ${pct(b.levelAgreement)} ${b.docLights.padStart(9)}`);
    });
  };
  console.log(`${data.length} sentences; calibration ${CATEGORIES.map((c) => `${c} T=${cal[c].temperature} th=${cal[c].threshold} red≥${cal[c].redShare}`).join(', ')}`);
  print('(a) 5-fold cross-validation grouped by doc', report.cv.model.rows, report.cv.baseline.rows);
  console.log(`macro-F1: model ${pct(report.cv.model.macroF1)}  baseline ${pct(report.cv.baseline.macroF1)}`);
  print('(b) leave-one-seed-out on seeds-gold', report.loso.model.rows, report.loso.baseline.rows);
  console.log(`macro-F1: model ${pct(report.loso.model.macroF1)}  baseline ${pct(report.loso.baseline.macroF1)}`);
  console.log(`seed lights: model ${report.loso.model.lightsOk}/${seedLights}  baseline ${report.loso.baseline.lightsOk}/${seedLights}`);
  for (const s of loso.model.seeds) {
    console.log(`  ${s.seed}: ${CATEGORIES.map((c) => `${c} ${s.lights[c].predicted}${s.lights[c].ok ? '' : ` (gold ${s.lights[c].gold.join('|')})`}`).join(', ')}`);
  }
  if (pipeline) {
    console.log(`\n(c) full pipeline analyze() with the shipped model (trained on all data, seeds included): ${pipeline.ok}/${seedLights} lights`);
    for (const p of pipeline.seeds) console.log(`  ${p.seed}: ${CATEGORIES.map((c) => `${c} ${p.lights[c]}${p.wrong.includes(c) ? ' ✗' : ''}`).join(', ')}`);
  } else {
    console.log('\n(c) full pipeline: analyze() not available yet');
  }
  if (translations.length > 0) {
    print('(d) the same leave-one-seed-out models on English translations of the seeds (evaluation only)', report.translated.model.rows, report.translated.baseline.rows);
    console.log(`macro-F1: model ${pct(report.translated.model.macroF1)}  baseline ${pct(report.translated.baseline.macroF1)}`);
    console.log(`seed lights: model ${report.translated.model.lightsOk}/${translatedLights}  baseline ${report.translated.baseline.lightsOk}/${translatedLights}`);
    for (const s of loso.translated.model.seeds) {
      console.log(`  ${s.seed}: ${CATEGORIES.map((c) => `${c} ${s.lights[c].predicted}${s.lights[c].ok ? '' : ` (gold ${s.lights[c].gold.join('|')})`}`).join(', ')}`);
    }
  }
  if (report.heldOutRound) {
    print(`(e) the authoring round ${heldOutPrefixes.join(', ')} (${newest.model.length} sentences) graded by a model trained and calibrated without it`, report.heldOutRound.model.rows, report.heldOutRound.baseline.rows);
    console.log(`macro-F1: model ${pct(report.heldOutRound.model.macroF1)}  baseline ${pct(report.heldOutRound.baseline.macroF1)}`);
  }
  if (spread.length > 0) {
    console.log(`\n(f) leave-one-seed-out under ${spread.length} training seeds: macro-F1 on the seeds (lights) | on their English translations (lights)`);
    for (const r of spread) console.log(`  seed ${String(r.trainingSeed).padEnd(9)} ${pct(r.macroF1)} (${r.lightsOk}/${seedLights}) | ${pct(r.translatedMacroF1)} (${r.translatedLightsOk}/${translatedLights})`);
    type Pick = (r: (typeof spread)[number]) => number;
    const f1Range = (pick: Pick) => { const s = spreadSummary(spread, pick); return `${pct(s.mean)} [${pct(s.min).trim()}–${pct(s.max).trim()}]`; };
    const lightsRange = (pick: Pick) => { const s = spreadSummary(spread, pick); return `${s.mean.toFixed(1)} [${s.min}–${s.max}]`; };
    console.log(`  mean      ${f1Range((r) => r.macroF1)} lights ${lightsRange((r) => r.lightsOk)} | ${f1Range((r) => r.translatedMacroF1)} lights ${lightsRange((r) => r.translatedLightsOk)}`);
  }
  console.log(`\n${report.seconds}s`);
}
