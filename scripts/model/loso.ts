/** Leave-one-seed-out: train without a seed's sentences, then grade its gold sentences and lights. */
import { CATEGORIES, type Category, type Light } from '../../src/classifier/types';
import { extractFeatures } from '../../src/classifier/model/features';
import type { SeedGold } from './dataset';
import { calibrate, logitsFor, predictLabels, type Logits } from './cv';
import type { Scored } from './metrics';
import { lightOf } from './metrics';
import { baselineLabels } from './baseline';
import { train, type Featurised } from './train-core';

export interface SeedResult {
  seed: string;
  lights: Record<Category, { predicted: Light; gold: string[]; ok: boolean }>;
}

export interface LosoResult {
  model: { rows: Scored[]; seeds: SeedResult[] };
  baseline: { rows: Scored[]; seeds: SeedResult[] };
}

function seedLights(seed: SeedGold, rows: readonly Scored[]): SeedResult {
  const lights = {} as SeedResult['lights'];
  for (const c of CATEGORIES) {
    const predicted = lightOf(rows.map((r) => r.pred[c]));
    const gold = seed.summary[c] ?? ['unknown'];
    lights[c] = { predicted, gold, ok: gold.includes(predicted) };
  }
  return { seed: seed.id, lights };
}

/**
 * `oofLogits` are the 5-fold out-of-fold logits of `data`; each held-out seed is graded with
 * thresholds calibrated on them without that seed's rows (nested: its own text never tunes them).
 */
export function leaveOneSeedOut(data: readonly Featurised[], seeds: readonly SeedGold[], oofLogits: readonly Logits[]): LosoResult {
  const result: LosoResult = { model: { rows: [], seeds: [] }, baseline: { rows: [], seeds: [] } };
  for (const seed of seeds) {
    const keep = data.map((d) => !d.ex.doc.startsWith(`seed:${seed.id}`));
    const model = train(data.filter((_, i) => keep[i]));
    const cal = calibrate(data.filter((_, i) => keep[i]), oofLogits.filter((_, i) => keep[i]));
    const test: Featurised[] = seed.sentences.map((s, i) => {
      const previous = seed.sentences[i - 1]?.text;
      const ex = { text: s.text, lang: seed.lang, labels: s.labels, source: 'gold', doc: seed.id, ...(previous ? { previous } : {}) };
      const { names, lexicalScale } = extractFeatures(s.text, seed.lang, previous);
      return { ex, names, lexicalScale };
    });
    const logits = logitsFor(model, test);
    const rows = test.map((t, i) => ({ lang: t.ex.lang, doc: seed.id, gold: t.ex.labels, pred: predictLabels(logits[i] as Record<Category, number[]>, cal, t.ex.text) }));
    const base = test.map((t) => ({ lang: t.ex.lang, doc: seed.id, gold: t.ex.labels, pred: baselineLabels(t.ex.text) }));
    result.model.rows.push(...rows);
    result.baseline.rows.push(...base);
    result.model.seeds.push(seedLights(seed, rows));
    result.baseline.seeds.push(seedLights(seed, base));
  }
  return result;
}
