/** The naive keyword baseline every figure is printed beside: one regex per category and level. */
import { CATEGORIES, type Category, type Level } from '../../src/classifier/types';
import type { Labels } from './dataset';

const NEGATION = /\b(not|never|no|niet|nooit|geen)\b|n't\b/i;

const KEYWORDS: Record<Category, { any: RegExp; red: RegExp }> = {
  tracking: {
    any: /cookie|track|analytic|pixel|beacon|webbaken|ip[- ]?ad|advertis|advertentie|reclame|profil|locati/i,
    red: /advertis|advertentie|reclame|profil|third[- ]part|derden|locati/i,
  },
  sharing: {
    any: /share|disclos|third[- ]part|derden|\bdel(en|t)\b|gedeeld|verstrek|sell|sold|verko/i,
    red: /sell|sold|verko|marketing/i,
  },
  transfer: {
    any: /transfer|outside the|buiten de|united states|verenigde staten|countr|landen|privacy shield|doorgifte|worldwide|wereldwijd/i,
    red: /outside the|buiten de|united states|verenigde staten|privacy shield|worldwide|wereldwijd/i,
  },
};

export function baselineLabels(text: string): Labels {
  const out: Labels = {};
  for (const c of CATEGORIES) {
    const k = KEYWORDS[c];
    if (!k.any.test(text)) continue;
    const level: Level = NEGATION.test(text) ? 'green' : k.red.test(text) ? 'red' : 'amber';
    out[c] = level;
  }
  return out;
}
