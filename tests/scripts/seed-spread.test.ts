import type { SeedGold } from '../../scripts/model/dataset';
import { seedSpread, spreadSummary, type SeedRun } from '../../scripts/model/seed-spread';
import { DEFAULT_OPTIONS, featurise } from '../../scripts/model/train-core';
import type { LosoResult } from '../../scripts/model/loso';
import { fixture } from './support/fixture-corpus';

const seed = (id: string, text: string): SeedGold => ({
  id,
  lang: 'en',
  summary: { tracking: ['unknown'], sharing: ['red'], transfer: ['unknown'] },
  sentences: [{ start: 0, end: text.length, text, labels: { sharing: 'red' } }],
});

describe('leave-one-seed-out under several training seeds', () => {
  const data = featurise(fixture());
  const seeds = [seed('s1', 'We sell your personal data to data brokers.'), seed('s2', 'Wij verkopen uw gegevens aan adverteerders.')];
  const runs = seedSpread(data, seeds, [], [3, 11]);

  it('gives one run per training seed, in the order asked', () => {
    expect(runs.map((r) => r.trainingSeed)).toEqual([3, 11]);
    for (const r of runs) {
      expect(r.macroF1).toBeGreaterThanOrEqual(0);
      expect(r.macroF1).toBeLessThanOrEqual(1);
      expect(r.lightsOk).toBeLessThanOrEqual(6);
    }
  });

  it('is reproducible: the same seeds give the same figures', () => {
    expect(seedSpread(data, seeds, [], [3])[0]).toEqual(runs[0]);
  });

  it('reuses the run already made with the default seed instead of training it again', () => {
    const empty = { rows: [], seeds: [] };
    const made: LosoResult = { model: empty, baseline: empty, translated: { model: empty, baseline: empty } };
    const [reused] = seedSpread(data, seeds, [], [DEFAULT_OPTIONS.seed], made);
    expect(reused).toEqual({ trainingSeed: DEFAULT_OPTIONS.seed, macroF1: 0, lightsOk: 0, translatedMacroF1: 0, translatedLightsOk: 0 });
    expect(seedSpread(data, seeds, [], [DEFAULT_OPTIONS.seed])[0]?.lightsOk).toBeGreaterThan(0);
  });

  it('summarises a figure by its mean and range', () => {
    const fake = [0.7, 0.76, 0.73].map((macroF1, i): SeedRun => ({ trainingSeed: i, macroF1, lightsOk: 11 + i, translatedMacroF1: 0, translatedLightsOk: 0 }));
    const f1 = spreadSummary(fake, (r) => r.macroF1);
    expect(f1.mean).toBeCloseTo(0.73);
    expect([f1.min, f1.max]).toEqual([0.7, 0.76]);
    expect(spreadSummary(fake, (r) => r.lightsOk)).toEqual({ mean: 12, min: 11, max: 13 });
  });
});
