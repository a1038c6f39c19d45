import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extractFeatures } from '../../../src/classifier/model/features';
import { DocumentContext } from '../../../src/classifier/model/list-context';
import { featureVector, loadModel, sentenceVector } from '../../../src/classifier/model/infer';
import { asModelFile } from '../../../src/classifier/model/model-file';
import modelJson from '../../../src/classifier/model/model.json';

const model = loadModel(asModelFile(modelJson));
const lines = (lang: 'en' | 'nl', dir: string) =>
  readdirSync(dir)
    .filter((f) => f.startsWith(`${lang}-`) && f.endsWith('.jsonl'))
    .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n').filter(Boolean).slice(0, 400))
    .map((line) => (JSON.parse(line) as { text: string }).text);

describe('sentenceVector', () => {
  // The worker scores ids looked up by stem; training and evaluation score feature names.
  // Any drift between the two would make the shipped extension disagree with the figures.
  it.each(['en', 'nl'] as const)('gives the ids and values of the named features, in order (%s)', (lang) => {
    const texts = lines(lang, join(__dirname, '../../../data/authored'));
    expect(texts.length).toBeGreaterThan(1000);
    const contexts = new DocumentContext();
    let leadIns = 0;
    for (const text of texts) {
      const context = contexts.next(text);
      if (context.leadIn) leadIns++;
      const { names, lexicalScale } = extractFeatures(text, lang, context, false);
      expect(sentenceVector(model, text, lang, context).vec).toEqual(featureVector(model, names, lexicalScale));
    }
    expect(leadIns).toBeGreaterThan(0);
  });

  it('counts a repeated word or pair once', () => {
    const { vec } = sentenceVector(model, 'cookies cookies cookies cookies', 'en');
    expect(new Set(vec.ids).size).toBe(vec.ids.length);
    const { names, lexicalScale } = extractFeatures('cookies cookies cookies cookies', 'en', {}, false);
    expect(vec).toEqual(featureVector(model, names, lexicalScale));
  });
});
