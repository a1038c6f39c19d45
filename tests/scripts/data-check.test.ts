import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listJsonl, loadCorpus } from '../../scripts/model/dataset';
import { checkMinimums, countStats, crossFoldDuplicates, validateRow } from '../../scripts/model/data-check-core';
import type { Example } from '../../scripts/model/dataset';

const good = { text: 'We sell data.', lang: 'en', labels: { sharing: 'red' }, source: 'authored', doc: 'd1' };

describe('validateRow', () => {
  it('accepts a well-formed row, labelled or not', () => {
    expect(validateRow(good)).toEqual([]);
    expect(validateRow({ ...good, labels: {}, source: 'seed:000_x' })).toEqual([]);
  });

  it.each([
    ['an empty text', { ...good, text: ' ' }],
    ['a German row', { ...good, lang: 'de' }],
    ['an unknown category', { ...good, labels: { selling: 'red' } }],
    ['an unknown level', { ...good, labels: { sharing: 'orange' } }],
    ['a missing doc', { ...good, doc: undefined }],
    ['an unknown source', { ...good, source: 'web' }],
    ['an extra key', { ...good, url: 'x' }],
    ['a non-object', ['text']],
  ])('rejects %s', (_, row) => {
    expect(validateRow(row).length).toBeGreaterThan(0);
  });
});

function corpus(n: number, lang: (i: number) => 'en' | 'nl', labels: (i: number) => Example['labels']): Example[] {
  return Array.from({ length: n }, (_, i) => ({ text: `s${i}`, lang: lang(i), labels: labels(i), source: 'authored', doc: `d${i % 7}` }));
}

describe('minimums', () => {
  const cells = ['tracking', 'sharing', 'transfer'].flatMap((c) => ['red', 'amber', 'green'].map((l) => ({ [c]: l })));

  it('pass on a corpus that meets them', () => {
    const rows = corpus(6000, (i) => (i % 2 ? 'en' : 'nl'), (i) => (i < 2700 ? (cells[i % 9] as Example['labels']) : {}));
    expect(checkMinimums(countStats(rows))).toEqual([]);
  });

  it('fail on too few sentences, a thin language, a thin cell and too few negatives', () => {
    const rows = corpus(1000, (i) => (i % 10 ? 'en' : 'nl'), (i) => (i < 900 ? { sharing: 'amber' } : {}));
    const failures = checkMinimums(countStats(rows)).join('\n');
    expect(failures).toMatch(/1000 sentences/);
    expect(failures).toMatch(/nl is 10.0 %/);
    expect(failures).toMatch(/tracking × red: 0/);
    expect(failures).toMatch(/100 negatives/);
    expect(failures).not.toMatch(/sharing × amber/);
  });
});

describe('crossFoldDuplicates', () => {
  it('finds exact and near duplicates in different folds only', () => {
    const texts = [
      'We never sell your personal data to anyone at all.',
      'We never sell your personal data to anyone at all!',
      'We never sell your personal data to anyone at all, ever.',
      'Cookies help us remember your language.',
      'We never sell your personal data to anyone at all.',
    ];
    const dups = crossFoldDuplicates(texts, [0, 1, 2, 3, 0]);
    const pairs = dups.map((d) => `${d.a}-${d.b}:${d.kind}`).sort();
    expect(pairs).toEqual(['0-1:exact', '0-2:near', '1-2:near', '1-4:exact', '2-4:near']);
  });
});

describe('the real corpus', () => {
  const dir = join(__dirname, '../../data');
  (existsSync(dir) ? it : it.skip)('has no schema errors', () => {
    const bad: string[] = [];
    for (const file of listJsonl(dir)) {
      readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
        if (!line.trim()) return;
        let errors: string[];
        try { errors = validateRow(JSON.parse(line)); } catch { errors = ['invalid JSON']; }
        if (errors.length) bad.push(`${file}:${i + 1}: ${errors.join('; ')}`);
      });
    }
    expect(bad).toEqual([]);
  });

  (existsSync(dir) ? it : it.skip)('parses and meets the minimums', () => {
    const rows = loadCorpus(dir);
    expect(checkMinimums(countStats(rows))).toEqual([]);
  });
});
