/** Leave-one-seed-out: train without a seed's sentences, then grade its gold sentences and lights. */
import { CATEGORIES, type Category, type Light } from '../../src/classifier/types';
import { extractFeatures } from '../../src/classifier/model/features';
import { DocumentContext } from '../../src/classifier/model/list-context';
import type { SeedGold } from './dataset';
import { calibrate, logitsFor, predictInOrder, type Logits } from './cv';
import type { Scored } from './metrics';
import { lightOf } from './metrics';
import { baselineLabels } from './baseline';
import { DEFAULT_OPTIONS, train, type Featurised, type TrainOptions } from './train-core';

export interface SeedResult {
  seed: string;
  lights: Record<Category, { predicted: Light; gold: string[]; ok: boolean }>;
}

export interface LosoSplit {
  model: { rows: Scored[]; seeds: SeedResult[] };
  baseline: { rows: Scored[]; seeds: SeedResult[] };
}

export interface LosoResult extends LosoSplit {
  /** The same held-out seeds in another language (translations), graded by the same models. */
  translated: LosoSplit;
}

/** How many of the seeds' lights (three per seed) came out right. */
export function lightsRight(seeds: readonly SeedResult[]): number {
  return seeds.reduce((n, r) => n + CATEGORIES.filter((c) => r.lights[c].ok).length, 0);
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

function grade(split: LosoSplit, seed: SeedGold, model: ReturnType<typeof train>, cal: ReturnType<typeof calibrate>): void {
  const contexts = new DocumentContext();
  const test: Featurised[] = seed.sentences.map((s) => {
    const context = contexts.next(s.text);
    const ex = { text: s.text, lang: seed.lang, labels: s.labels, source: 'gold', doc: seed.id, ...context };
    const { names, lexicalScale } = extractFeatures(s.text, seed.lang, context);
    return { ex, names, lexicalScale };
  });
  const logits = logitsFor(model, test);
  const labels = predictInOrder(test.map((t, i) => ({ z: logits[i] as Logits, text: t.ex.text, doc: seed.id, leadIn: t.ex.leadIn })), cal);
  const rows = test.map((t, i) => ({ lang: t.ex.lang, doc: seed.id, gold: t.ex.labels, pred: labels[i] ?? {} }));
  const base = test.map((t) => ({ lang: t.ex.lang, doc: seed.id, gold: t.ex.labels, pred: baselineLabels(t.ex.text) }));
  split.model.rows.push(...rows);
  split.baseline.rows.push(...base);
  split.model.seeds.push(seedLights(seed, rows));
  split.baseline.seeds.push(seedLights(seed, base));
}

const emptySplit = (): LosoSplit => ({ model: { rows: [], seeds: [] }, baseline: { rows: [], seeds: [] } });

/**
 * `oofLogits` are the 5-fold out-of-fold logits of `data`; each held-out seed is graded with
 * thresholds calibrated on them without that seed's rows (nested: its own text never tunes them).
 * `translations`: versions of the seeds in another language (same ids), graded by the model
 * that was trained without the original.
 */
export function leaveOneSeedOut(data: readonly Featurised[], seeds: readonly SeedGold[], oofLogits: readonly Logits[], translations: readonly SeedGold[] = [], opts: TrainOptions = DEFAULT_OPTIONS): LosoResult {
  const result: LosoResult = { ...emptySplit(), translated: emptySplit() };
  for (const seed of seeds) {
    const keep = data.map((d) => !d.ex.doc.startsWith(`seed:${seed.id}`));
    const model = train(data.filter((_, i) => keep[i]), opts);
    const cal = calibrate(data.filter((_, i) => keep[i]), oofLogits.filter((_, i) => keep[i]));
    grade(result, seed, model, cal);
    for (const translation of translations.filter((t) => t.id === seed.id)) grade(result.translated, translation, model, cal);
  }
  return result;
}
