import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { analyze, CATEGORIES, type Analysis } from '../../src/classifier/index';

const SEEDS = join(__dirname, '../../seeds');
const seeds = readdirSync(SEEDS).filter((name) => name.endsWith('.txt')).sort();

/** Characters that must belong to some unit: not white space, not invisible format characters. */
const VISIBLE = /[^\s\p{Cf}]/u;

function expectContract(text: string, analysis: Analysis): void {
  let previousEnd = 0;
  const covered = new Uint8Array(text.length);
  for (const sentence of analysis.sentences) {
    expect(sentence.start).toBeGreaterThanOrEqual(previousEnd);
    expect(sentence.end).toBeGreaterThan(sentence.start);
    expect(sentence.text).toBe(text.slice(sentence.start, sentence.end));
    expect(sentence.text).toBe(sentence.text.trim());
    covered.fill(1, sentence.start, sentence.end);
    previousEnd = sentence.end;
  }
  expect(previousEnd).toBeLessThanOrEqual(analysis.analyzedChars);
  for (let i = 0; i < analysis.analyzedChars; i++) {
    if (covered[i] === 0 && VISIBLE.test(text[i] ?? '')) {
      throw new Error(`uncovered ${JSON.stringify(text.slice(i, i + 20))} at ${i}`);
    }
  }
  expect(Object.keys(analysis.summary).sort()).toEqual([...CATEGORIES].sort());
  for (const category of CATEGORIES) {
    for (const index of analysis.evidence[category]) {
      expect(analysis.sentences[index]?.findings.some((finding) => finding.category === category)).toBe(true);
    }
  }
  expect(analysis.policyScore).toBeGreaterThanOrEqual(0);
  expect(analysis.policyScore).toBeLessThanOrEqual(1);
}

describe('analyze: the contract on every seed', () => {
  it.each(seeds)('%s', (name) => {
    const text = readFileSync(join(SEEDS, name), 'utf8');
    const analysis = analyze({ text });
    expectContract(text, analysis);
    expect(analysis.language).toBe('nl');
    expect(analysis.languageSupported).toBe(true);
    expect(analysis.isPolicy).toBe(true);
    expect(analysis.truncated).toBe(false);
    expect(analysis.sentences.length).toBeGreaterThan(50);
    expect(analysis.sentences.every((sentence) => sentence.lang === 'nl' || sentence.lang === 'en')).toBe(true);
  });
});

describe('analyze: offsets into messy original text', () => {
  it('maps through soft hyphens, ligatures, NBSP, CRLF and curly quotes', () => {
    const text = '\uFEFFPrivacy\u00adverklaring\r\n\r\n • Wij ver\u00adwerken uw gegevens “zorgvuldig”.\u00a0Wij\u200b verkopen uw \uFB01nanciële gegevens niet.\r\n';
    const analysis = analyze({ text });
    expectContract(text, analysis);
    expect(analysis.sentences.map((sentence) => sentence.text)).toEqual([
      'Privacy\u00adverklaring',
      '• Wij ver\u00adwerken uw gegevens “zorgvuldig”.',
      'Wij\u200b verkopen uw \uFB01nanciële gegevens niet.',
    ]);
    expect(analysis.sentences.map((sentence) => sentence.kind)).toEqual(['heading', 'item', 'sentence']);
  });
});

describe('analyze: languages', () => {
  const german =
    'Datenschutzerklärung\n\nWir verarbeiten Ihre personenbezogenen Daten nur für die genannten Zwecke. Die Daten werden auch an Werbepartner weitergegeben, die sie für eigene Zwecke nutzen. Sie haben das Recht auf Auskunft und Löschung Ihrer Daten.';
  const french =
    'Politique de confidentialité\n\nNous collectons vos données personnelles pour vous fournir nos services. Nous partageons vos données avec nos partenaires publicitaires. Vous pouvez exercer vos droits à tout moment.';

  it.each([
    ['de', german],
    ['fr', french],
  ])('recognises %s, grades nothing and never shows green', (lang, text) => {
    const analysis = analyze({ text });
    expect(analysis.language).toBe(lang);
    expect(analysis.languageSupported).toBe(false);
    expect(analysis.sentences.length).toBeGreaterThan(2);
    expect(analysis.sentences.every((sentence) => sentence.findings.length === 0)).toBe(true);
    expect(analysis.summary).toEqual({ tracking: 'unknown', sharing: 'unknown', transfer: 'unknown' });
  });

  it('says unknown for text with too little evidence', () => {
    const analysis = analyze({ text: 'Cookies 2025' });
    expect(analysis.language).toBe('unknown');
    expect(analysis.languageSupported).toBe(false);
    expect(analysis.summary).toEqual({ tracking: 'unknown', sharing: 'unknown', transfer: 'unknown' });
  });

  it('gives each block of a mixed page its own language', () => {
    const text =
      'Wij verzamelen uw naam en e-mailadres wanneer u een account aanmaakt bij onze winkel.\n\nWe collect your name and email address when you create an account with our shop.\n\nWir erheben Ihren Namen und Ihre E-Mail-Adresse, wenn Sie ein Konto bei uns anlegen.';
    const analysis = analyze({ text });
    expect(analysis.sentences.map((sentence) => sentence.lang)).toEqual(['nl', 'en', 'de']);
    expect(analysis.sentences[2]?.findings).toEqual([]);
  });
});

describe('analyze: negation reaches the model as one sentence', () => {
  it.each([
    ['nl', 'Wij verkopen uw gegevens niet.'],
    ['en', 'We never share your data with third parties.'],
    ['nl', 'Wij verstrekken nooit gegevens aan derden.'],
  ])('%s: %s is a green commitment, not a red finding', (lang, text) => {
    const analysis = analyze({ text });
    expect(analysis.language).toBe(lang);
    expect(analysis.sentences).toHaveLength(1);
    expect(analysis.summary.sharing).toBe('green');
  });
});

describe('analyze: limits and edge cases', () => {
  it('truncates at maxChars and reports it', () => {
    const text = readFileSync(join(SEEDS, seeds[0] ?? ''), 'utf8');
    const analysis = analyze({ text, maxChars: 500 });
    expect(analysis.truncated).toBe(true);
    expect(analysis.analyzedChars).toBe(500);
    expect(analysis.totalChars).toBe(text.length);
    expect(analysis.sentences.every((sentence) => sentence.end <= 500)).toBe(true);
    expectContract(text, analysis);
  });

  it('does not cut a surrogate pair in half', () => {
    const analysis = analyze({ text: 'ab😀cd', maxChars: 3 });
    expect(analysis.analyzedChars).toBe(2);
  });

  it('returns a well-formed, all-unknown analysis for empty text', () => {
    const analysis = analyze({ text: '' });
    expect(analysis.sentences).toEqual([]);
    expect(analysis.isPolicy).toBe(false);
    expect(analysis.summary).toEqual({ tracking: 'unknown', sharing: 'unknown', transfer: 'unknown' });
  });

  it('skips grading of non-policy text only when asked', () => {
    const text = 'We show you ads based on your browsing history.';
    expect(analyze({ text, onlyIfPolicy: true }).sentences.every((sentence) => sentence.findings.length === 0)).toBe(true);
    expect(analyze({ text }).sentences).toHaveLength(1);
  });
});

describe('analyze: any text', () => {
  it('never throws and always keeps the offset contract', () => {
    const piece = fc.constantFrom('Wij', 'we', 'share', 'bijv.', 'www.x.nl', 'a@b.nl', '1.5', 'art. 6', '. ', '.. ', '!', '?', '\n', '\n\n', ' • ', '1. ', '“', '\u00ad', '\uFB01', '\u00a0', '\r\n', '😀', 'É', '\t');
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(''))), (text) => {
        expectContract(text, analyze({ text }));
      }),
      { numRuns: 200 },
    );
  });
});
