/**
 * The text pipeline meets whatever a web page holds. Properties (fast-check) over any
 * string — lone surrogates, control and bidi characters, mixed scripts, policy words —
 * and over the worker-side engine options: it never throws, offsets stay inside the
 * analysed text and in order, and the same input always gives the same answer.
 */
import fc from 'fast-check';
import { analyze, CATEGORIES, type Analysis } from '../../src/classifier/index';

const LIGHTS = ['red', 'amber', 'green', 'unknown'];

/** Pieces a hostile or broken page is made of, mixed with words that make the classifier work. */
const PIECES = [
  'a', 'Z', ' ', '  ', '\n', '\n\n', '\r\n', '\t', '.', '. ', '!', '?', ';', ':', '…', '•', '- ', '1.',
  '\u0000', '\u0007', '\u001b', '\u007f', '\u0085', '\u00a0', '\u00ad', '\u200b', '\u200d', '\u2028', '\u2029', '\ufeff', '\ufffd',
  '\u202e', '\u202d', '\u2066', '\u200f', // bidi overrides and marks
  '\ud800', '\udfff', '\udbff\udfff', '😀', '👩‍👩‍👧', 'é', 'ﬁ', '“', '”',
  'שלום', 'خصوصية', 'البيانات الشخصية', '数据', 'конфиденциальность',
  'We ', 'we use cookies', ' to track you across websites', 'third parties', ' for advertising', 'We sell your personal data',
  'Wij delen uw gegevens met derden', 'buiten de EU', 'Privacy Policy', 'privacyverklaring', 'data brokers', 'worldwide',
];

const hostileText = fc.oneof(
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), maxLength: 300 }) },
  { weight: 3, arbitrary: fc.array(fc.constantFrom(...PIECES), { maxLength: 120 }).map((parts) => parts.join('')) },
);

function expectWellFormed(text: string, analysis: Analysis, maxChars: number): void {
  const analysed = Math.min(text.length, maxChars);
  expect(analysis.totalChars).toBe(text.length);
  expect(analysis.analyzedChars).toBeLessThanOrEqual(analysed);
  expect(analysis.analyzedChars).toBeGreaterThanOrEqual(analysed - 1); // one less only to keep a surrogate pair whole
  expect(analysis.truncated).toBe(analysis.analyzedChars < text.length);
  let previousEnd = 0;
  for (const sentence of analysis.sentences) {
    expect(Number.isInteger(sentence.start) && Number.isInteger(sentence.end)).toBe(true);
    expect(sentence.start).toBeGreaterThanOrEqual(previousEnd);
    expect(sentence.end).toBeGreaterThan(sentence.start);
    expect(sentence.end).toBeLessThanOrEqual(analysis.analyzedChars);
    expect(sentence.text).toBe(text.slice(sentence.start, sentence.end));
    previousEnd = sentence.end;
  }
  for (const category of CATEGORIES) {
    expect(LIGHTS).toContain(analysis.summary[category]);
    for (const index of analysis.evidence[category]) {
      expect(analysis.sentences[index]?.findings.some((finding) => finding.category === category)).toBe(true);
    }
  }
  expect(analysis.policyScore).toBeGreaterThanOrEqual(0);
  expect(analysis.policyScore).toBeLessThanOrEqual(1);
}

/** The parts of an analysis that must not depend on anything but the input (ms does). */
const stable = ({ ms: _ms, ...rest }: Analysis) => rest;

describe('analyze on hostile text', () => {
  it('never throws and keeps every offset inside the analysed text, in order', () => {
    fc.assert(
      fc.property(hostileText, fc.integer({ min: 0, max: 400 }), (text, maxChars) => {
        expectWellFormed(text, analyze({ text, maxChars }), maxChars);
        expectWellFormed(text, analyze({ text }), Number.POSITIVE_INFINITY);
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic: the same text, URL and title give the same analysis', () => {
    fc.assert(
      fc.property(hostileText, fc.option(fc.webUrl(), { nil: undefined }), fc.option(fc.string({ maxLength: 60 }), { nil: undefined }), (text, url, title) => {
        const input = { text, ...(url === undefined ? {} : { url }), ...(title === undefined ? {} : { title }) };
        expect(stable(analyze(input))).toEqual(stable(analyze(input)));
      }),
      { numRuns: 150 },
    );
  });

  it('a nonsense maxChars (negative, fractional, NaN) does not break it', () => {
    fc.assert(
      fc.property(hostileText, fc.oneof(fc.integer({ min: -1000, max: -1 }), fc.double({ noDefaultInfinity: true }), fc.constant(Number.NaN)), (text, maxChars) => {
        const analysis = analyze({ text, maxChars });
        expect(analysis.analyzedChars).toBeLessThanOrEqual(text.length);
        for (const sentence of analysis.sentences) expect(sentence.text).toBe(text.slice(sentence.start, sentence.end));
      }),
      { numRuns: 100 },
    );
  });

  it('text whose only sentence is 200,000 characters long without punctuation', () => {
    const text = 'we use cookies and share data with partners '.repeat(4_600).slice(0, 200_000);
    const analysis = analyze({ text });
    expectWellFormed(text, analysis, Number.POSITIVE_INFINITY);
    expect(analysis.sentences.length).toBeGreaterThan(0);
  });

  it('right-to-left and mixed-script text gets offsets that point at the same characters', () => {
    const text = 'سياسة الخصوصية. نحن نجمع بياناتك.\nמדיניות פרטיות. אנו משתפים מידע.\nWe use cookies to track you. Wij verkopen uw gegevens aan derden.';
    const analysis = analyze({ text });
    expectWellFormed(text, analysis, Number.POSITIVE_INFINITY);
    expect(analysis.sentences.some((s) => s.text.includes('מדיניות'))).toBe(true);
    expect(analysis.sentences.some((s) => s.text.includes('cookies'))).toBe(true);
  });
});
