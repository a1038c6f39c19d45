/**
 * The bundled sentence model: labels one sentence for tracking / sharing / transfer with a
 * level, a calibrated score and the reason key naming the cue that fired. Pure; the model
 * JSON is a static import and is indexed lazily on the first call.
 */
import type { Category, Finding, Lang } from '../types';
import { backReference, thresholdAfter } from './continuation';
import type { SentenceContext } from './features';
import { loadModel, scoreVector, sentenceVector, weightOf, type LoadedModel } from './infer';
import { asModelFile } from './model-file';
import { CONTINUES_REASON_KEY, pickReason, type ReasonCandidate } from './reasons';
import { isHeadingLike } from './shape';
import modelJson from './model.json';

export type { SentenceContext };

let shipped: LoadedModel | null = null;

/**
 * Runs a given model (tests and evaluation pass freshly trained ones). `previousCategories`:
 * the categories the unit before was graded in (see continuation.ts).
 */
export function classifyWith(model: LoadedModel, text: string, lang: Lang, context?: SentenceContext, previousCategories: readonly Category[] = []): Finding[] {
  if (isHeadingLike(text)) return [];
  const { vec, visited: features } = sentenceVector(model, text, lang, context);
  const findings: Finding[] = [];
  for (const s of scoreVector(model, vec)) {
    if (s.relevance < thresholdAfter(s.threshold, text, s.category, previousCategories)) continue;
    const candidates: ReasonCandidate[] = features.hits.map(({ hit, feature }) => ({
      concept: hit.concept,
      feature,
      weight: weightOf(model, s.category, feature, s.level),
      from: hit.from,
      to: hit.to,
    }));
    const { key, cue } = pickReason(s.category, s.level, candidates);
    const first = cue ? features.tokens[cue.from] : undefined;
    const last = cue ? features.tokens[cue.to - 1] : undefined;
    let reason = { key, cue: first && last ? text.slice(first.start, last.end) : '' };
    // Counted only as a follow-up, with no listed cue of its own: the words pointing back are the cue.
    const generic = key === `reason_${s.category}_${s.level}`;
    const pointer = s.relevance < s.threshold && generic ? backReference(text) : null;
    if (pointer) reason = { key: CONTINUES_REASON_KEY, cue: text.slice(pointer.start, pointer.end) };
    findings.push({
      category: s.category,
      level: s.level,
      score: Math.round(s.relevance * 1000) / 1000,
      reasonKey: reason.key,
      cue: reason.cue,
    });
  }
  return findings;
}

export function classifySentence(text: string, lang: Lang, context?: SentenceContext, previousCategories: readonly Category[] = []): Finding[] {
  shipped ??= loadModel(asModelFile(modelJson));
  return classifyWith(shipped, text, lang, context, previousCategories);
}

export { loadModel } from './infer';
export type { ModelFile } from './model-file';
