/**
 * The classifier's public contract (see ../shared/TAXONOMY.md). Pure data types:
 * the worker, the CLI, the popup and the tests all speak these.
 */
export const CATEGORIES = ['tracking', 'sharing', 'transfer'] as const;
export type Category = (typeof CATEGORIES)[number];

/** Ordered from worst to best: the order evidence is listed in. */
export const LEVELS = ['red', 'amber', 'green'] as const;
export type Level = (typeof LEVELS)[number];

/** A category's light; `unknown` is silence, never green. */
export type Light = Level | 'unknown';

export const LANGS = ['en', 'nl', 'de', 'fr', 'unknown'] as const;
export type Lang = (typeof LANGS)[number];
/** Languages the sentence model is trained for; others are recognised but not graded. */
export const SUPPORTED_LANGS: readonly Lang[] = ['en', 'nl'];

export type UnitKind = 'sentence' | 'heading' | 'item';

export interface Finding {
  category: Category;
  level: Level;
  /** Calibrated confidence in [0, 1]. */
  score: number;
  /** Message key in public/_locales/<lang>/messages.json, e.g. `reason_tracking_red_ads`. */
  reasonKey: string;
  /** The words in the sentence that fired, as written, for the reason text. */
  cue: string;
}

export interface Sentence {
  /** UTF-16 offsets into the analysed text; `text === input.slice(start, end)`. */
  start: number;
  end: number;
  text: string;
  kind: UnitKind;
  lang: Lang;
  findings: Finding[];
}

export interface AnalyzeInput {
  text: string;
  url?: string;
  title?: string;
  /** Characters analysed at most; the rest is reported as truncated. */
  maxChars?: number;
  /** Skip sentence classification when the text is not policy-like (default: classify anyway). */
  onlyIfPolicy?: boolean;
}

export interface Analysis {
  /** Dominant language of the text. */
  language: Lang;
  languageSupported: boolean;
  isPolicy: boolean;
  /** Policy-likeness in [0, 1]. */
  policyScore: number;
  summary: Record<Category, Light>;
  /** Per category, indices into `sentences`, worst level first, then by score. */
  evidence: Record<Category, number[]>;
  sentences: Sentence[];
  truncated: boolean;
  analyzedChars: number;
  totalChars: number;
  ms: number;
}

export const DEFAULT_MAX_CHARS = 400_000;
