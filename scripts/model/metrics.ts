/** Sentence- and document-level agreement figures shared by eval and the tests. */
import { CATEGORIES, type Category, type Level, type Light } from '../../src/classifier/types';
import type { Labels } from './dataset';

export interface Scored {
  lang: string;
  doc: string;
  gold: Labels;
  pred: Labels;
}

export interface CategoryFigures {
  tp: number;
  fp: number;
  fn: number;
  levelAgree: number;
  precision: number;
  recall: number;
  f1: number;
  /** Share of true positives whose level matches. */
  levelAgreement: number;
}

export function figures(rows: readonly Scored[], category: Category): CategoryFigures {
  let tp = 0, fp = 0, fn = 0, levelAgree = 0;
  for (const r of rows) {
    const g = r.gold[category];
    const p = r.pred[category];
    if (g && p) { tp++; if (g === p) levelAgree++; }
    else if (p) fp++;
    else if (g) fn++;
  }
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, levelAgree, precision, recall, f1, levelAgreement: tp ? levelAgree / tp : 0 };
}

/** The summary rule of TAXONOMY.md: red beats amber beats green; silence is unknown. */
export function lightOf(levels: readonly (Level | undefined)[]): Light {
  if (levels.includes('red')) return 'red';
  if (levels.includes('amber')) return 'amber';
  if (levels.includes('green')) return 'green';
  return 'unknown';
}

/** Per document and category: does the predicted light equal the gold one? `docWeight` weighs a document's agreement. */
export function docLightAgreement(rows: readonly Scored[], category: Category, docWeight: (doc: string) => number = () => 1): { agree: number; docs: number } {
  const byDoc = new Map<string, Scored[]>();
  for (const r of rows) {
    const list = byDoc.get(r.doc);
    if (list) list.push(r);
    else byDoc.set(r.doc, [r]);
  }
  let agree = 0;
  for (const [doc, list] of byDoc) {
    const gold = lightOf(list.map((r) => r.gold[category]));
    const pred = lightOf(list.map((r) => r.pred[category]));
    if (gold === pred) agree += docWeight(doc);
  }
  return { agree, docs: byDoc.size };
}

export function macroF1(rows: readonly Scored[]): number {
  return CATEGORIES.reduce((s, c) => s + figures(rows, c).f1, 0) / CATEGORIES.length;
}
