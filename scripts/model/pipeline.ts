/** The lights the full engine (analyze() from src/classifier) produces on each seed, if it exists yet. */
import { CATEGORIES, type Category, type Light } from '../../src/classifier/types';
import type { SeedGold } from './dataset';

type AnalyzeFn = (input: { text: string }) => { summary: Record<Category, Light> };

export interface PipelineResult {
  ok: number;
  seeds: { seed: string; lights: Record<Category, Light>; wrong: Category[] }[];
}

export async function pipelineLights(seeds: readonly SeedGold[], readSeed: (id: string) => string): Promise<PipelineResult | null> {
  let analyze: AnalyzeFn | undefined;
  try {
    const mod = (await import('../../src/classifier/index')) as { analyze?: AnalyzeFn };
    analyze = mod.analyze;
  } catch {
    return null;
  }
  if (typeof analyze !== 'function') return null;
  const result: PipelineResult = { ok: 0, seeds: [] };
  for (const seed of seeds) {
    const { summary } = analyze({ text: readSeed(seed.id) });
    const wrong = CATEGORIES.filter((c) => !(seed.summary[c] ?? ['unknown']).includes(summary[c]));
    result.ok += CATEGORIES.length - wrong.length;
    result.seeds.push({ seed: seed.id, lights: summary, wrong });
  }
  return result;
}
