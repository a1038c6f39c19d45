/** The shape of model.json, written by scripts/train.ts and read by infer.ts. */
import { CATEGORIES, type Category, type Level } from '../types';

/** Logits are stored relative to the "none" class, whose logit is always 0. */
export const LEVEL_CLASSES: readonly Level[] = ['red', 'amber', 'green'];

export interface CategoryModel {
  /** Intercepts for red, amber, green, scaled integers. */
  bias: number[];
  /** Base64 of signed bytes: three scaled weights (red, amber, green) per entry of `features`. */
  weights: string;
  /** Softmax temperature fitted on cross-validated predictions. */
  temperature: number;
  /** Minimum P(finding) for a finding to be emitted, tuned on cross-validation. */
  threshold: number;
  /**
   * Red wins (TAXONOMY.md): the level is red once red holds this share of P(finding), even if
   * amber or green is likelier; tuned on cross-validation.
   */
  redShare: number;
}

export interface ModelFile {
  version: 1;
  /** Stored integers divided by this are the weights. */
  scale: number;
  features: string[];
  categories: Record<Category, CategoryModel>;
  meta: { examples: number; trainedFrom: string };
}

/** A cheap shape check: a stale or hand-edited model fails loudly instead of grading silently. */
export function asModelFile(value: unknown): ModelFile {
  const v = value as Partial<ModelFile> | null;
  const ok = v?.version === 1 && typeof v.scale === 'number' && Array.isArray(v.features) &&
    CATEGORIES.every((c) => typeof v.categories?.[c]?.weights === 'string');
  if (!ok) throw new Error('model.json has an unexpected shape; run `npm run train`');
  return v as ModelFile;
}
