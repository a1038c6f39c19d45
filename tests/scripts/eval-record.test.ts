import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { accuracySection } from '../../scripts/bench/accuracy';
import { renderBenchmarks } from '../../scripts/bench/render';
import { EVAL_RECORD_FILE, MODEL_FILE, evalRecordProblems, modelHash, splitRecord, type EvalRecord } from '../../scripts/model/eval-record';

const ROOT = join(__dirname, '..', '..');

function record(): EvalRecord {
  const rows = [
    { category: 'tracking' as const, lang: 'all', f1: 0.75 },
    { category: 'tracking' as const, lang: 'nl', f1: 0.1 },
    { category: 'sharing' as const, lang: 'all', f1: 0.65 },
    { category: 'transfer' as const, lang: 'all', f1: 0.9 },
  ];
  return {
    date: '2026-12-07T09:00:00.000Z',
    command: 'npm run eval -- --record --training-seeds=1,2',
    seconds: 412.3,
    machine: { cpuModel: 'Test CPU', cores: 2, node: 'v20.20.2' },
    model: 'abcdef0123456789',
    corpusSentences: 30178,
    splits: [splitRecord('(b) leave-one-seed-out', 862, rows, 0.7667, 0.443, '14/15')],
    pipelineLights: '15/15',
    trainingSeeds: [
      { trainingSeed: 1, macroF1: 0.78, lightsOk: 15, translatedMacroF1: 0.76, translatedLightsOk: 13 },
      { trainingSeed: 2, macroF1: 0.76, lightsOk: 13, translatedMacroF1: 0.77, translatedLightsOk: 14 },
    ],
  };
}

describe('the eval record', () => {
  it('takes each category\'s F1 over both languages', () => {
    expect(record().splits[0]?.f1).toEqual({ tracking: 0.75, sharing: 0.65, transfer: 0.9 });
  });

  it('accepts a whole record and names what a broken one lacks', () => {
    expect(evalRecordProblems(record())).toEqual([]);
    const broken = { ...record(), seconds: 'soon', splits: [{ name: 'x', macroF1: 0.5, baselineMacroF1: 0.4, f1: { tracking: 1 } }] };
    expect(evalRecordProblems(broken)).toEqual(['seconds: not a number', 'splits[0].f1.sharing: not a number', 'splits[0].f1.transfer: not a number']);
    expect(evalRecordProblems(null)).toEqual(['not an object']);
  });

  it('is committed for the shipped model, so BENCHMARKS.md shows current figures', () => {
    const path = join(ROOT, EVAL_RECORD_FILE);
    expect(existsSync(path)).toBe(true);
    const committed: unknown = JSON.parse(readFileSync(path, 'utf8'));
    expect(evalRecordProblems(committed)).toEqual([]);
    expect((committed as EvalRecord).model).toBe(modelHash(readFileSync(join(ROOT, MODEL_FILE), 'utf8')));
  });
});

describe('the accuracy section of BENCHMARKS.md', () => {
  it('lays out the splits, the targets and the spread over training seeds', () => {
    const md = accuracySection(record(), 'abcdef0123456789').join('\n');
    expect(md).toContain('| (b) leave-one-seed-out | 862 | 75.0 | 65.0 | 90.0 | **76.7** | 14/15 | 44.3 |');
    expect(md).toContain('macro-F1 ≥ 85.0 and 15/15 lights');
    expect(md).toContain('- leave-one-seed-out: macro-F1 mean 77.0 [76.0–78.0], lights mean 14.0 [13–15] of 15');
    expect(md).toContain('gets 15/15 seed lights right');
    expect(md).toContain('(the shipped model.json)');
  });

  it('says when the model changed after the figures were measured', () => {
    expect(accuracySection(record(), '0000000000000000').join('\n')).toContain('**stale**');
  });

  it('says how to measure when nothing is recorded', () => {
    expect(accuracySection(null, null).join('\n')).toContain('npm run eval -- --record');
  });

  it('is part of the rendered page', () => {
    const page = renderBenchmarks(JSON.parse(readFileSync(join(ROOT, 'bench-results.json'), 'utf8')), { record: record(), currentModel: null });
    expect(page).toContain('## 7. Model accuracy (issue 4)');
  });
});
