/**
 * The bundled sentence model: labels sentences for tracking / sharing / transfer with a level,
 * a calibrated score and the reason key naming the cue that fired. A document's units are
 * scored first and decided together (neighbours.ts), so a follow-up or a stray is read in its
 * place. Pure; the model JSON is a static import and is indexed lazily on the first call.
 */
import { CATEGORIES, type Category, type Finding, type Lang } from '../types';
import type { SentenceContext, VisitedSentence } from './features';
import { loadModel, scoreVector, sentenceVector, weightOf, type LoadedModel } from './infer';
import { asModelFile } from './model-file';
import { ALONE, FOLLOW_UP_FACTOR, backReference, decideCategory, decideInOrder, type CategoryScore, type Decision, type Surroundings } from './neighbours';
import { ruledScore } from './rules';
import { CONTINUES_REASON_KEY, pickReason, type ReasonCandidate } from './reasons';
import { isHeadingLike } from './shape';
import modelJson from './model.json';

export type { SentenceContext };

let shipped: LoadedModel | null = null;

function shippedModel(): LoadedModel {
  shipped ??= loadModel(asModelFile(modelJson));
  return shipped;
}

/** A concept hit with its place in the sentence's text. */
interface Hit {
  concept: string;
  feature: string;
  from: number;
  to: number;
  start: number;
  end: number;
}

// Only the hits are kept between scoring and deciding, not the sentence's tokens: holding every
// unit's tokens until the page is decided cost more in garbage collection than the scoring itself.
interface ScoredSentence {
  text: string;
  scores: Record<Category, CategoryScore>;
  hits: Hit[];
}

function hitsOf(features: VisitedSentence): Hit[] {
  return features.hits.map(({ hit, feature }) => ({
    concept: hit.concept,
    feature,
    from: hit.from,
    to: hit.to,
    start: features.tokens[hit.from]?.start ?? 0,
    end: features.tokens[hit.to - 1]?.end ?? 0,
  }));
}

/** Null for heading-like units, which are never graded (shape.ts). */
function scoreSentence(model: LoadedModel, text: string, lang: Lang, context?: SentenceContext): ScoredSentence | null {
  if (isHeadingLike(text)) return null;
  const { vec, visited: features } = sentenceVector(model, text, lang, context);
  const scores = {} as Record<Category, CategoryScore>;
  for (const s of scoreVector(model, vec)) scores[s.category] = ruledScore(s.category, s, text, context);
  // Reasons are only ever needed for a unit that can pass: the lowest bar is a follow-up's.
  const mayPass = CATEGORIES.some((c) => scores[c].relevance >= scores[c].threshold * FOLLOW_UP_FACTOR);
  return { text, scores, hits: mayPass ? hitsOf(features) : [] };
}

function findingOf(model: LoadedModel, sentence: ScoredSentence, category: Category, decision: Decision): Finding {
  const { text, hits } = sentence;
  const { level } = decision;
  const candidates: ReasonCandidate[] = hits.map((hit) => ({ ...hit, weight: weightOf(model, category, hit.feature, level) }));
  const { key, cue } = pickReason(category, level, candidates);
  const cueHit = cue ? hits[candidates.indexOf(cue)] : undefined;
  let reason = { key, cue: cueHit ? text.slice(cueHit.start, cueHit.end) : '' };
  // Counted only as a follow-up, with no listed cue of its own: the words pointing back are the cue.
  const pointer = decision.followUp && key === `reason_${category}_${level}` ? backReference(text) : null;
  if (pointer) reason = { key: CONTINUES_REASON_KEY, cue: text.slice(pointer.start, pointer.end) };
  return { category, level, score: Math.round(sentence.scores[category].relevance * 1000) / 1000, reasonKey: reason.key, cue: reason.cue };
}

/**
 * One sentence on its own (tests and evaluation pass freshly trained models). `around`: what the
 * unit before was graded in, and which categories count as strays here (see neighbours.ts).
 */
export function classifyWith(model: LoadedModel, text: string, lang: Lang, context?: SentenceContext, around: Surroundings = ALONE): Finding[] {
  const sentence = scoreSentence(model, text, lang, context);
  if (!sentence) return [];
  const findings: Finding[] = [];
  for (const c of CATEGORIES) {
    const decision = decideCategory(sentence.scores[c], text, c, around);
    if (decision) findings.push(findingOf(model, sentence, c, decision));
  }
  return findings;
}

export function classifySentence(text: string, lang: Lang, context?: SentenceContext, around: Surroundings = ALONE): Finding[] {
  return classifyWith(shippedModel(), text, lang, context, around);
}

/** A unit of a document in order; `lang` null for units the model does not grade (another language). */
export interface DocumentUnit {
  text: string;
  lang: Lang | null;
  context: SentenceContext;
}

/** Findings of every unit of a document, each decided beside its neighbours. */
export function classifyDocumentWith(model: LoadedModel, units: readonly DocumentUnit[]): Finding[][] {
  const scored = units.map((unit) => (unit.lang ? scoreSentence(model, unit.text, unit.lang, unit.context) : null));
  const decisions = decideInOrder(units.map((unit, i) => ({ text: unit.text, scores: scored[i]?.scores ?? null })));
  return scored.map((sentence, i) => {
    if (!sentence) return [];
    const decided = decisions[i] ?? {};
    return CATEGORIES.flatMap((c) => {
      const decision = decided[c];
      return decision ? [findingOf(model, sentence, c, decision)] : [];
    });
  });
}

export function classifyDocument(units: readonly DocumentUnit[]): Finding[][] {
  return classifyDocumentWith(shippedModel(), units);
}

export { loadModel } from './infer';
export type { ModelFile } from './model-file';
