import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scorePolicy } from '../../../src/classifier/policy/score';
import { groupLines } from '../../../src/classifier/text/lines';

const FIXTURES = join(__dirname, 'fixtures');
const SEEDS = join(__dirname, '../../../seeds');

function score(text: string, extra: { url?: string; title?: string } = {}) {
  const headings = groupLines(text).filter((group) => group.kind === 'heading').map((group) => text.slice(group.start, group.end));
  return scorePolicy({ text, headings, ...extra });
}

const fixtures = readdirSync(FIXTURES).filter((name) => name.endsWith('.txt')).sort();

describe('scorePolicy on the fixtures', () => {
  it('has policies and hard negatives in EN, NL and DE', () => {
    expect(fixtures.filter((name) => name.startsWith('policy_')).length).toBeGreaterThanOrEqual(5);
    expect(fixtures.filter((name) => name.startsWith('not_')).length).toBeGreaterThanOrEqual(10);
  });

  it.each(fixtures)('%s', (name) => {
    const result = score(readFileSync(join(FIXTURES, name), 'utf8'));
    expect(result.score).toBeGreaterThanOrEqual(0);
    expect(result.score).toBeLessThanOrEqual(1);
    expect(result.isPolicy).toBe(name.startsWith('policy_'));
  });
});

describe('scorePolicy on real policies', () => {
  it.each(readdirSync(SEEDS).filter((name) => name.endsWith('.txt')))('%s is a policy', (name) => {
    expect(score(readFileSync(join(SEEDS, name), 'utf8')).isPolicy).toBe(true);
  });
});

describe('scorePolicy signals', () => {
  const borderline = readFileSync(join(FIXTURES, 'policy_en_webshop.txt'), 'utf8');

  it('rises with a policy URL and title, and falls with a terms URL and title', () => {
    const plain = score(borderline).score;
    expect(score(borderline, { url: 'https://shop.example/privacy-policy', title: 'Privacy Policy' }).score).toBeGreaterThan(plain);
    expect(score(borderline, { url: 'https://shop.example/terms', title: 'Terms of Service' }).score).toBeLessThan(plain);
  });

  it('says no to a short blurb even with a policy URL', () => {
    const blurb = readFileSync(join(FIXTURES, 'not_en_blurb.txt'), 'utf8');
    expect(score(blurb, { url: 'https://example.com/privacy', title: 'Privacy' }).isPolicy).toBe(false);
  });

  it('scores empty text as not a policy', () => {
    expect(score('')).toEqual({ score: expect.any(Number), isPolicy: false });
  });
});
