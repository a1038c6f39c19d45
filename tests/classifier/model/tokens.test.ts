import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { tokenize } from '../../../src/classifier/model/tokens';

// The pattern the hand scanner replaces: the reference for what a word is.
const WORD = /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*/gu;
const byPattern = (text: string) =>
  [...text.matchAll(WORD)].map((m) => {
    const lower = m[0].toLowerCase();
    return { norm: lower.replace(/’/g, "'"), start: m.index ?? 0, end: (m.index ?? 0) + m[0].length };
  });

describe('tokenize', () => {
  it.each([
    ['joiners inside words only', "ip-adres, don't e.g. u.s. -x x- 'quoted' a.b.c. end."],
    ['curly apostrophes become straight', 'We’re here; it’s ’ours’.'],
    ['accents, digits and other scripts', 'privé, geïnteresseerd, Zürich 2019 Ελλάδα 東京 عربى'],
    ['astral letters and emoji', '𝐀𝐁c 😀 𠀋x 🇳🇱'],
    ['lone surrogates and controls', 'a\ud800b \udc00c \u0000d\u200be'],
    ['joiner at the very end', 'abc- abc. abc’'],
    ['lower-casing that changes length or depends on context', 'İstanbul İZMİR, ΟΔΟΣ ΟΔΟΣ.Α Σ ΣΑΣ’Σ'],
    ['empty and punctuation only', ' ... —– '],
  ])('matches the word pattern: %s', (_, text) => {
    expect(tokenize(text)).toEqual(byPattern(text));
  });

  it('matches the word pattern on every bundled seed', () => {
    const dir = join(__dirname, '../../../seeds');
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const text = readFileSync(join(dir, file), 'utf8');
      expect(tokenize(text)).toEqual(byPattern(text));
    }
  });
});
