/**
 * Entry of the second start-up probe: wink-nlp and its English model alone, built the
 * way the engine builds it (tokens + sentence boundaries), to show its share of the
 * classifier's cold start.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export function analyze({ text }: { text: string }): number {
  return winkNLP(model, ['sbd']).readDoc(text).sentences().out().length;
}

export const loadedAt = performance.now();
