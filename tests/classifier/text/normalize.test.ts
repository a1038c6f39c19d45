import fc from 'fast-check';
import { normalizeText, toOriginalSpan } from '../../../src/classifier/text/normalize';

describe('normalizeText', () => {
  it('leaves clean text alone, without a map', () => {
    const result = normalizeText('Plain text.\nSecond line.');
    expect(result.text).toBe('Plain text.\nSecond line.');
    expect(result.toOriginal).toBeNull();
  });

  it('drops soft hyphens and zero-width characters, expands ligatures, straightens quotes and spaces', () => {
    const original = 'per\u00adsoons\u200bgegevens \uFB01le\u00a0“quoted” ‘x’\r\nnext\tline';
    const result = normalizeText(original);
    expect(result.text).toBe('persoonsgegevens file "quoted" \'x\'\nnext line');
  });

  it('unifies bullet symbols to •', () => {
    expect(normalizeText('◦ one\n▪ two\n● three').text).toBe('• one\n• two\n• three');
  });

  it('maps spans back to the original text', () => {
    const original = 'Wij ver\u00adwerken uw \uFB01nanciële gegevens.';
    const norm = normalizeText(original);
    const word = 'verwerken';
    const at = norm.text.indexOf(word);
    const [start, end] = toOriginalSpan(norm, at, at + word.length);
    expect(original.slice(start, end)).toBe('ver\u00adwerken');
    const lig = norm.text.indexOf('financiële');
    const [ligStart, ligEnd] = toOriginalSpan(norm, lig, lig + 'financiële'.length);
    expect(original.slice(ligStart, ligEnd)).toBe('\uFB01nanciële');
  });

  it('never throws, maps every position in bounds and in order, and is deterministic', () => {
    const alphabet = fc.constantFrom('a', 'B', ' ', '\n', '\r', '\t', '.', '\u00ad', '\u200b', '\uFB01', '\u00a0', '“', '•', '◦', '😀', 'é');
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.array(alphabet).map((chars) => chars.join(''))), (original) => {
        const norm = normalizeText(original);
        const again = normalizeText(original);
        expect(again.text).toBe(norm.text);
        const map = norm.toOriginal;
        if (map === null) {
          expect(norm.text).toBe(original);
          return;
        }
        expect(map.length).toBe(norm.text.length + 1);
        expect(map[norm.text.length]).toBe(original.length);
        for (let i = 0; i < norm.text.length; i++) {
          const here = map[i] ?? -1;
          expect(here).toBeGreaterThanOrEqual(0);
          expect(here).toBeLessThan(original.length);
          if (i > 0) expect(here).toBeGreaterThanOrEqual(map[i - 1] ?? 0);
        }
        const [start, end] = toOriginalSpan(norm, 0, norm.text.length);
        expect(start).toBeGreaterThanOrEqual(0);
        expect(end).toBeLessThanOrEqual(original.length);
        expect(start).toBeLessThanOrEqual(end);
      }),
      { numRuns: 300 },
    );
  });
});
