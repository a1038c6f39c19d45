/**
 * The leave-one-seed-out figures again under other training seeds. Five seeds hold 172
 * labelled sentences, and the seeded shuffle alone moves their macro-F1 by about three points
 * (any change to the training rows reshuffles them too), so a change is judged by the spread
 * over several seeds, not by one run.
 */
import type { SeedGold } from './dataset';
import { outOfFold } from './cv';
import { leaveOneSeedOut, lightsRight } from './loso';
import { macroF1 } from './metrics';
import { DEFAULT_OPTIONS, type Featurised } from './train-core';

export interface SeedRun {
  trainingSeed: number;
  macroF1: number;
  lightsOk: number;
  translatedMacroF1: number;
  translatedLightsOk: number;
}

export function seedSpread(data: readonly Featurised[], seeds: readonly SeedGold[], translations: readonly SeedGold[], trainingSeeds: readonly number[]): SeedRun[] {
  return trainingSeeds.map((trainingSeed) => {
    const opts = { ...DEFAULT_OPTIONS, seed: trainingSeed };
    const { logits } = outOfFold(data, 5, opts);
    const loso = leaveOneSeedOut(data, seeds, logits, translations, opts);
    return {
      trainingSeed,
      macroF1: macroF1(loso.model.rows),
      lightsOk: lightsRight(loso.model.seeds),
      translatedMacroF1: macroF1(loso.translated.model.rows),
      translatedLightsOk: lightsRight(loso.translated.model.seeds),
    };
  });
}

export function spreadSummary(runs: readonly SeedRun[], pick: (r: SeedRun) => number): { mean: number; min: number; max: number } {
  const values = runs.map(pick);
  return { mean: values.reduce((a, b) => a + b, 0) / Math.max(1, values.length), min: Math.min(...values), max: Math.max(...values) };
}
