/**
 * data/eval/seeds-gold-en holds English translations of the five seeds, for evaluation only:
 * they must line up with the seeds sentence by sentence, labels unchanged, and never be read
 * as training data.
 */
import { readFileSync } from 'node:fs';
import { loadCorpus, loadSeedsGold } from '../../scripts/model/dataset';

const translations = loadSeedsGold('data/eval/seeds-gold-en');
const seedRows = readFileSync('data/seeds.jsonl', 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { text: string; labels: object; doc: string });

describe('English seed translations', () => {
  it('cover all five seeds', () => {
    expect(translations.map((t) => t.id)).toHaveLength(5);
    expect(new Set(translations.map((t) => t.lang))).toEqual(new Set(['en']));
  });

  it.each(translations.map((t) => [t.id, t] as const))('%s has one English unit per seed unit, labels unchanged', (id, translation) => {
    const original = seedRows.filter((row) => row.doc === `seed:${id}`);
    expect(translation.sentences).toHaveLength(original.length);
    translation.sentences.forEach((s, i) => {
      expect(s.labels).toEqual(original[i]?.labels);
      expect(s.text.trim().length).toBeGreaterThan(0);
    });
    const differing = translation.sentences.filter((s, i) => s.text !== original[i]?.text).length;
    expect(differing / original.length).toBeGreaterThan(0.8);
  });

  it('are never training data', () => {
    const english = new Set(translations.flatMap((t) => t.sentences.map((s) => s.text)));
    const leaked = loadCorpus('data').filter((ex) => ex.lang === 'en' && english.has(ex.text) && ex.text.split(' ').length > 6);
    expect(leaked).toEqual([]);
  });
});
