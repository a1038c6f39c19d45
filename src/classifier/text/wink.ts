/**
 * wink-nlp, loaded lazily: building the English model costs ~100 ms, which must not
 * land on the worker's import path (issue 7 cold-start budget). Only the sentence
 * boundary detector runs; tagging and NER would triple the cost and are not needed.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Wink = ReturnType<typeof winkNLP>;

let instance: Wink | null = null;

/** The shared wink-nlp instance (tokens + sentence boundaries), created on first use. */
export function getWink(): Wink {
  instance ??= winkNLP(model, ['sbd']);
  return instance;
}

/**
 * Character offsets at which wink-nlp ends a sentence (end of its last token).
 * wink is lossless: precedingSpaces + value, token by token, rebuilds the text.
 */
export function winkSentenceEnds(text: string): number[] {
  const nlp = getWink();
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out();
  const spaces = doc.tokens().out(nlp.its.precedingSpaces);
  const spans = doc.sentences().out(nlp.its.span) as unknown as Array<[number, number]>;
  const ends: number[] = [];
  let token = 0;
  let offset = 0;
  for (const [, last] of spans) {
    for (; token <= last && token < values.length; token++) {
      offset += (spaces[token] ?? '').length + (values[token] ?? '').length;
    }
    ends.push(offset);
  }
  return ends;
}
