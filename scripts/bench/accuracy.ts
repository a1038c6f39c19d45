/**
 * The model's accuracy section of BENCHMARKS.md, from eval-results.json (`npm run eval --
 * --record`). Pure, like render.ts; the figures are the eval's, only laid out here.
 */
import { CATEGORIES } from '../../src/classifier/types';
import { MODEL_FILE, type EvalRecord } from '../model/eval-record';
import { spreadSummary, type SeedRun } from '../model/seed-spread';

const pct = (x: number): string => (x * 100).toFixed(1);

function spreadLine(label: string, runs: readonly SeedRun[], f1: (r: SeedRun) => number, lights: (r: SeedRun) => number): string {
  const f = spreadSummary(runs, f1);
  const l = spreadSummary(runs, lights);
  return `- ${label}: macro-F1 mean ${pct(f.mean)} [${pct(f.min)}–${pct(f.max)}], lights mean ${l.mean.toFixed(1)} [${l.min}–${l.max}] of 15`;
}

/**
 * `currentModel`: the hash of the model file now in the tree, so figures measured on an older
 * model say so instead of passing for the shipped one's.
 */
export function accuracySection(record: EvalRecord | null, currentModel: string | null): string[] {
  if (!record) return ['Not measured: run `npm run eval -- --record` (eval-results.json), then `npm run bench`.'];
  const m = record.machine;
  const runs = record.trainingSeeds;
  return [
    `- Command: \`${record.command}\` (took ${Math.round(record.seconds)} s); ${record.corpusSentences} labelled sentences in data/`,
    `- Date: ${record.date}; machine: ${m.cpuModel}, ${m.cores} cores, Node ${m.node}`,
    `- Model: ${record.model}${currentModel && currentModel !== record.model ? ` — **stale**: ${MODEL_FILE} is now ${currentModel}; run the command again` : ' (the shipped model.json)'}`,
    '- Targets (issue 4): macro-F1 ≥ 85.0 and 15/15 lights on leave-one-seed-out.',
    '',
    `| Split | Sentences | ${CATEGORIES.map((c) => `${c} F1`).join(' | ')} | macro-F1 | lights | keyword baseline |`,
    `|---|---|${CATEGORIES.map(() => '---').join('|')}|---|---|---|`,
    ...record.splits.map((s) => `| ${s.name} | ${s.sentences} | ${CATEGORIES.map((c) => pct(s.f1[c])).join(' | ')} | **${pct(s.macroF1)}** | ${s.lights ?? '—'} | ${pct(s.baselineMacroF1)} |`),
    ...(record.pipelineLights ? ['', `(c) The full pipeline with the shipped model — trained on the seeds too, so not a held-out figure — gets ${record.pipelineLights} seed lights right.`] : []),
    ...(runs.length > 0
      ? [
          '',
          `(f) Training with ${runs.length} shuffle seeds (${runs.map((r) => r.trainingSeed).join(', ')}) moves one run's figures; judge a change by the mean:`,
          '',
          spreadLine('leave-one-seed-out', runs, (r) => r.macroF1, (r) => r.lightsOk),
          spreadLine('English translations', runs, (r) => r.translatedMacroF1, (r) => r.translatedLightsOk),
        ]
      : []),
  ];
}
