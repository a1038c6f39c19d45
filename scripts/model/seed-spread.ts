/**
 * The leave-one-seed-out figures again under other training seeds. Five seeds hold 172
 * labelled sentences, and the seeded shuffle alone moves their macro-F1 by about three points
 * (any change to the training rows reshuffles them too), so a change is judged by the spread
 * over several seeds, not by one run.
 */
import type { SeedGold } from './dataset';
import { outOfFold } from './cv';
import { leaveOneSeedOut, lightsRight, type LosoResult } from './loso';
import { macroF1 } from './metrics';
import { DEFAULT_OPTIONS, type Featurised } from './train-core';

export interface SeedRun {
  trainingSeed: number;
  macroF1: number;
  lightsOk: number;
  translatedMacroF1: number;
  translatedLightsOk: number;
}

function runOf(trainingSeed: number, loso: LosoResult): SeedRun {
  return {
    trainingSeed,
    macroF1: macroF1(loso.model.rows),
    lightsOk: lightsRight(loso.model.seeds),
    translatedMacroF1: macroF1(loso.translated.model.rows),
    translatedLightsOk: lightsRight(loso.translated.model.seeds),
  };
}

/**
 * `defaultRun`: the leave-one-seed-out result already computed with DEFAULT_OPTIONS; when the
 * default seed is among `trainingSeeds`, it is reused rather than trained again (same figures).
 */
export function seedSpread(data: readonly Featurised[], seeds: readonly SeedGold[], translations: readonly SeedGold[], trainingSeeds: readonly number[], defaultRun?: LosoResult): SeedRun[] {
  return trainingSeeds.map((trainingSeed) => {
    if (defaultRun && trainingSeed === DEFAULT_OPTIONS.seed) return runOf(trainingSeed, defaultRun);
    const opts = { ...DEFAULT_OPTIONS, seed: trainingSeed };
    const { logits } = outOfFold(data, 5, opts);
    return runOf(trainingSeed, leaveOneSeedOut(data, seeds, logits, translations, opts));
  });
}

export function spreadSummary(runs: readonly SeedRun[], pick: (r: SeedRun) => number): { mean: number; min: number; max: number } {
  const values = runs.map(pick);
  return { mean: values.reduce((a, b) => a + b, 0) / Math.max(1, values.length), min: Math.min(...values), max: Math.max(...values) };
}
