/** The corpus checks behind `npm run data:check`: schema, counts, minimums, duplicates across folds. */
import { CATEGORIES, LEVELS } from '../../src/classifier/types';
import type { Example } from './dataset';

const KEYS = new Set(['text', 'lang', 'labels', 'source', 'doc']);

export function validateRow(row: unknown): string[] {
  if (typeof row !== 'object' || row === null || Array.isArray(row)) return ['not a JSON object'];
  const r = row as Record<string, unknown>;
  const errors: string[] = [];
  if (typeof r.text !== 'string' || !r.text.trim()) errors.push('text must be a non-empty string');
  if (r.lang !== 'en' && r.lang !== 'nl') errors.push(`lang must be "en" or "nl", got ${JSON.stringify(r.lang)}`);
  if (typeof r.labels !== 'object' || r.labels === null || Array.isArray(r.labels)) {
    errors.push('labels must be an object');
  } else {
    for (const [k, v] of Object.entries(r.labels)) {
      if (!(CATEGORIES as readonly string[]).includes(k)) errors.push(`unknown category ${JSON.stringify(k)}`);
      else if (!(LEVELS as readonly unknown[]).includes(v)) errors.push(`${k}: level must be red | amber | green, got ${JSON.stringify(v)}`);
    }
  }
  if (typeof r.source !== 'string' || !(r.source === 'authored' || r.source.startsWith('seed:'))) errors.push('source must be "authored" or "seed:<id>"');
  if (typeof r.doc !== 'string' || !r.doc) errors.push('doc must be a non-empty string');
  for (const k of Object.keys(r)) if (!KEYS.has(k)) errors.push(`unexpected key ${JSON.stringify(k)}`);
  return errors;
}

export interface Stats {
  total: number;
  byLang: Record<string, number>;
  /** `${lang}.${category}.${level}` and `all.${category}.${level}` → count. */
  cells: Record<string, number>;
  negatives: number;
}

export function countStats(rows: readonly Example[]): Stats {
  const stats: Stats = { total: rows.length, byLang: {}, cells: {}, negatives: 0 };
  for (const r of rows) {
    stats.byLang[r.lang] = (stats.byLang[r.lang] ?? 0) + 1;
    const entries = Object.entries(r.labels);
    if (!entries.length) stats.negatives++;
    for (const [c, l] of entries) {
      for (const key of [`${r.lang}.${c}.${l}`, `all.${c}.${l}`]) stats.cells[key] = (stats.cells[key] ?? 0) + 1;
    }
  }
  return stats;
}

export const MINIMUMS = { total: 5000, langShare: 0.4, perCell: 150, negatives: 2500 };

export function checkMinimums(stats: Stats, min = MINIMUMS): string[] {
  const failures: string[] = [];
  if (stats.total < min.total) failures.push(`${stats.total} sentences, need ≥ ${min.total}`);
  for (const lang of ['en', 'nl']) {
    const share = stats.total ? (stats.byLang[lang] ?? 0) / stats.total : 0;
    if (share < min.langShare) failures.push(`${lang} is ${(share * 100).toFixed(1)} % of sentences, need ≥ ${min.langShare * 100} %`);
  }
  for (const c of CATEGORIES) {
    for (const l of LEVELS) {
      const n = stats.cells[`all.${c}.${l}`] ?? 0;
      if (n < min.perCell) failures.push(`${c} × ${l}: ${n} sentences, need ≥ ${min.perCell}`);
    }
  }
  if (stats.negatives < min.negatives) failures.push(`${stats.negatives} negatives, need ≥ ${min.negatives}`);
  return failures;
}

export function normalise(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

export interface Duplicate {
  a: number;
  b: number;
  kind: 'exact' | 'near';
  similarity: number;
}

/**
 * Pairs of sentences in different folds that are equal after normalisation, or whose token
 * sets have Jaccard ≥ `threshold`. Prefix filtering (rarest tokens first) keeps it near-linear.
 */
export function crossFoldDuplicates(texts: readonly string[], fold: readonly number[], threshold = 0.9): Duplicate[] {
  const sets = texts.map((t) => [...new Set(normalise(t).split(' ').filter(Boolean))]);
  const df = new Map<string, number>();
  for (const s of sets) for (const w of s) df.set(w, (df.get(w) ?? 0) + 1);
  const order = (w: string) => df.get(w) ?? 0;
  const postings = new Map<string, number[]>();
  const out: Duplicate[] = [];
  sets.forEach((s, i) => {
    s.sort((x, y) => order(x) - order(y) || (x < y ? -1 : x > y ? 1 : 0));
    const prefix = s.length - Math.ceil(threshold * s.length) + 1;
    const candidates = new Set<number>();
    for (const w of s.slice(0, prefix)) {
      for (const j of postings.get(w) ?? []) candidates.add(j);
      const list = postings.get(w);
      if (list) list.push(i);
      else postings.set(w, [i]);
    }
    for (const j of [...candidates].sort((x, y) => x - y)) {
      if (fold[i] === fold[j]) continue;
      const other = new Set(sets[j]);
      let inter = 0;
      for (const w of s) if (other.has(w)) inter++;
      const union = s.length + other.size - inter;
      const sim = union ? inter / union : 1;
      if (sim < threshold) continue;
      const exact = normalise(texts[i] ?? '') === normalise(texts[j] ?? '');
      out.push({ a: j, b: i, kind: exact ? 'exact' : 'near', similarity: Math.round(sim * 1000) / 1000 });
    }
  });
  return out;
}
