/**
 * What the rules that read a unit's own words make of the model's score in one category: no
 * green without a commitment the unit shows (green.ts), and an affirmed sale of personal data is
 * a red sharing finding however little the model is sure of it (sale.ts). The engine and the
 * evaluation both score through here, so the figures measure what users see.
 */
import type { Category, Level } from '../types';
import type { SentenceContext } from './features';
import { justifiedLevel } from './green';
import { affirmsSale } from './sale';

export interface RuledScore {
  relevance: number;
  level: Level;
  probs: Record<Level, number>;
  threshold: number;
}

export function ruledScore<S extends RuledScore>(category: Category, score: S, text: string, context: SentenceContext = {}): S {
  if (category === 'sharing' && affirmsSale(text, context)) return { ...score, relevance: Math.max(score.relevance, score.threshold), level: 'red' };
  return { ...score, level: justifiedLevel(category, score.level, score.probs, text, context) };
}
