/**
 * How a sentence's neighbours move the score it needs. The model reads one sentence at a time,
 * but policies state a practice and then go on about it, in runs of sentences.
 *
 * Follow-ups: "Wij gebruiken cookies van derden. Deze informatie wordt gebruikt om …", "We share
 * data with advertisers. They may also …". TAXONOMY.md lets the previous sentence resolve "this
 * data" or "these partners", and the reference labels such follow-ups, but on their own words the
 * model is only half sure. A sentence that opens by pointing back, right after a finding in the
 * same category, needs half the usual score.
 *
 * Strays: a lone, barely-passing amber or green finding with no finding on either side (a rights
 * paragraph that says "verstrekken", a retention sentence that says "namens") is more often a
 * misreading than a practice. It needs half as much again — but only where dropping it cannot
 * flatter the light: a green, or an amber on a page that has a confident amber or red finding
 * elsewhere. A red finding is never a stray.
 *
 * Measured with fixed leave-one-seed-out models (no training noise), three training seeds, macro-F1
 * on the seeds / their English translations / 5-fold cross-validation of the authored corpus:
 * neither 74.8 / 72.7 / 89.77; follow-ups 76.0 / 74.1 / 89.79; both 77.0 / 75.4 / 89.93; lights
 * unchanged on the seeds. Follow-ups at a quarter of the threshold gained more on the seeds and
 * lost on cross-validation; strays at twice the threshold likewise; treating red strays the same
 * way dropped a right red light (a lone sentence about public forum posts).
 */
import { CATEGORIES, type Category, type Level } from '../types';

export const FOLLOW_UP_FACTOR = 0.5;
export const STRAY_FACTOR = 1.5;
/** A finding this sure, elsewhere on the page, lets a stray amber go. */
export const CONFIDENT = 0.8;

// "Ook"/"also"/"daarnaast"/"in addition" are not anaphora, but in policies they nearly always add
// to the practice just described, and they measured better with them than without.
const POINTS_BACK = /^[\s•\-–—*·]*(?:deze|die|dit|dat|ze|zij|hiermee|daarnaast|ook|this|these|that|those|they|such|it|in addition|also)\b/i;

/** The opening words that point back ("Deze", "They"), or null. */
export function backReference(text: string): { start: number; end: number } | null {
  const match = POINTS_BACK.exec(text);
  if (!match) return null;
  const word = match[0].replace(/^[\s•\-–—*·]+/, '');
  return { start: match[0].length - word.length, end: match[0].length };
}

/** One category's model output for a unit. */
export interface CategoryScore {
  relevance: number;
  level: Level;
  threshold: number;
}

/** A unit in document order; `scores` null for units the model does not grade (headings). */
export interface UnitScores {
  text: string;
  scores: Record<Category, CategoryScore> | null;
}

export interface Decision {
  level: Level;
  /** Counted only because it follows a finding about the same practice. */
  followUp: boolean;
}

/** Where a unit stands: what the unit before was graded in, and whether it is a stray. */
export interface Surroundings {
  previousCategories: readonly Category[];
  stray: ReadonlySet<Category>;
}

export const ALONE: Surroundings = { previousCategories: [], stray: new Set() };

export function decideCategory(score: CategoryScore, text: string, category: Category, around: Surroundings): Decision | undefined {
  let threshold = score.threshold;
  if (around.previousCategories.includes(category) && POINTS_BACK.test(text)) threshold *= FOLLOW_UP_FACTOR;
  if (around.stray.has(category)) threshold *= STRAY_FACTOR;
  if (score.relevance < threshold) return undefined;
  return { level: score.level, followUp: score.relevance < score.threshold };
}

const passes = (unit: UnitScores | undefined, c: Category) => {
  const s = unit?.scores?.[c];
  return s !== undefined && s.relevance >= s.threshold;
};

/** Each unit's decisions, each seeing its neighbours' scores and the decisions before it. */
export function decideInOrder(units: readonly UnitScores[]): Partial<Record<Category, Decision>>[] {
  const confident = {} as Record<Category, number>;
  for (const c of CATEGORIES) confident[c] = units.filter((u) => isConfidentWarning(u.scores?.[c])).length;
  let previousCategories: Category[] = [];
  return units.map((unit, i) => {
    const decisions: Partial<Record<Category, Decision>> = {};
    if (unit.scores) {
      const stray = new Set<Category>();
      for (const c of CATEGORIES) {
        const score = unit.scores[c];
        if (passes(units[i - 1], c) || passes(units[i + 1], c) || score.level === 'red') continue;
        const confidentElsewhere = confident[c] - (isConfidentWarning(score) ? 1 : 0);
        if (score.level === 'green' || confidentElsewhere > 0) stray.add(c);
      }
      for (const c of CATEGORIES) {
        const decision = decideCategory(unit.scores[c], unit.text, c, { previousCategories, stray });
        if (decision) decisions[c] = decision;
      }
    }
    previousCategories = CATEGORIES.filter((c) => decisions[c] !== undefined);
    return decisions;
  });
}

function isConfidentWarning(score: CategoryScore | undefined): boolean {
  return score !== undefined && score.relevance >= CONFIDENT && score.level !== 'green';
}
