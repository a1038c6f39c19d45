/**
 * The shipped pipeline finds sentence ends by rule (rule-ends.ts) so the worker need
 * not load wink-nlp's 3 MB English model at every start. wink-nlp stays the reference:
 * on the seeds and on the corpus the two must cut the same units.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeText } from '../../../src/classifier/text/normalize';
import { ruleSentenceEnds } from '../../../src/classifier/text/rule-ends';
import { segment } from '../../../src/classifier/text/segment';
import { winkSentenceEnds } from '../../../src/classifier/text/wink';

const ROOT = join(__dirname, '..', '..', '..');

function unitsBoth(text: string) {
  const norm = normalizeText(text).text;
  const spans = (ends: (t: string) => number[]) => segment(norm, ends).units.map((u) => `${u.start}-${u.end}`);
  return { rules: spans(ruleSentenceEnds), wink: spans(winkSentenceEnds) };
}

function disagreement(a: string[], b: string[]): number {
  const inB = new Set(b);
  const inA = new Set(a);
  return a.filter((s) => !inB.has(s)).length + b.filter((s) => !inA.has(s)).length;
}

describe('rule-based sentence ends agree with wink-nlp', () => {
  const seeds = readdirSync(join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt'));

  test.each(seeds)('on seed %s', (file) => {
    const { rules, wink } = unitsBoth(readFileSync(join(ROOT, 'seeds', file), 'utf8'));
    expect(disagreement(rules, wink)).toBe(0);
  });

  test('on authored policies in both languages (sentences of one document joined as paragraphs)', () => {
    const docs = new Map<string, string[]>();
    // The four first authors' files: a fixed sample, so adding data does not reshuffle it.
    for (const file of ['en-a.jsonl', 'en-b.jsonl', 'nl-a.jsonl', 'nl-b.jsonl']) {
      for (const line of readFileSync(join(ROOT, 'data', 'authored', file), 'utf8').split('\n')) {
        if (!line.trim()) continue;
        const row = JSON.parse(line) as { text: string; doc: string };
        docs.set(row.doc, [...(docs.get(row.doc) ?? []), row.text]);
      }
    }
    // Every tenth document keeps the test quick while covering all four authors.
    const sample = [...docs.entries()].sort(([a], [b]) => a.localeCompare(b)).filter((_, i) => i % 10 === 0);
    let units = 0;
    let differing = 0;
    for (const [, sentences] of sample) {
      // Several sentences per paragraph, so the splitter has real work to do.
      const text = sentences.reduce((acc, s, i) => acc + (i % 4 === 0 ? '\n\n' : ' ') + s, '');
      const { rules, wink } = unitsBoth(text);
      units += rules.length;
      differing += disagreement(rules, wink);
    }
    expect(units).toBeGreaterThan(500);
    expect(differing / units).toBeLessThan(0.02);
  });
});
