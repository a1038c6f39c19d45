/** The CLI's parts in-process (cheap); tests/scripts/analyze.test.ts spawns the whole command. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs, UsageError } from '../../scripts/cli/args';
import { toJson } from '../../scripts/cli/json-output';
import { InputError, MAX_INPUT_BYTES, readInput } from '../../scripts/cli/read-input';
import { reasonTexts } from '../../scripts/cli/reasons';
import { renderTable } from '../../scripts/cli/table';
import { analyze } from '../../src/classifier/index';

describe('parseArgs', () => {
  it('reads flags and files in any order', () => {
    expect(parseArgs(['--json', 'a.txt', '--url', 'https://x.example/privacy', '--lang', 'nl', '-'])).toEqual({
      json: true, url: 'https://x.example/privacy', lang: 'nl', files: ['a.txt', '-'],
    });
    expect(parseArgs([])).toEqual({ json: false, url: undefined, lang: 'en', files: [] });
  });

  it('refuses unknown options and missing values', () => {
    expect(() => parseArgs(['--jsn'])).toThrow(UsageError);
    expect(() => parseArgs(['--url'])).toThrow(UsageError);
    expect(() => parseArgs(['--lang', 'de'])).toThrow(UsageError);
  });
});

describe('readInput', () => {
  const dir = mkdtempSync(join(tmpdir(), 'analyze-input-'));

  it('reads UTF-8 text and strips a byte-order mark', () => {
    const file = join(dir, 'ok.txt');
    writeFileSync(file, '\uFEFFWij verwerken gegevens.');
    expect(readInput(file)).toEqual({ source: file, text: 'Wij verwerken gegevens.', html: false });
  });

  it('recognises HTML by extension', () => {
    const file = join(dir, 'page.html');
    writeFileSync(file, '<p>x</p>');
    expect(readInput(file).html).toBe(true);
  });

  it.each([
    ['missing', (): string => join(dir, 'nope.txt'), /no such file/],
    ['directory', (): string => { const sub = join(dir, 'sub'); mkdirSync(sub, { recursive: true }); return sub; }, /is a directory/],
    ['empty', (): string => { const f = join(dir, 'empty.txt'); writeFileSync(f, ''); return f; }, /empty input/],
    ['blank', (): string => { const f = join(dir, 'blank.txt'); writeFileSync(f, ' \n\t\n'); return f; }, /empty input/],
    ['binary', (): string => { const f = join(dir, 'bin.txt'); writeFileSync(f, Buffer.from([1, 2, 0, 3])); return f; }, /binary data/],
    ['invalid UTF-8', (): string => { const f = join(dir, 'latin1.txt'); writeFileSync(f, Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x61])); return f; }, /not valid UTF-8/],
    ['oversized', (): string => { const f = join(dir, 'big.txt'); writeFileSync(f, 'a'.repeat(MAX_INPUT_BYTES + 1)); return f; }, /larger than/],
  ])('refuses %s input with one clear message', (_name, make, message) => {
    const file = make();
    expect(() => readInput(file)).toThrow(InputError);
    expect(() => readInput(file)).toThrow(message);
  });
});

describe('reasonTexts', () => {
  it('falls back to the key when the catalogue has no such message', () => {
    expect(reasonTexts('en')('reason_that_does_not_exist', 'cue')).toBe('reason_that_does_not_exist');
  });

  it('fills named and positional placeholders', () => {
    const root = mkdtempSync(join(tmpdir(), 'analyze-reasons-'));
    mkdirSync(join(root, 'public/_locales/en'), { recursive: true });
    writeFileSync(
      join(root, 'public/_locales/en/messages.json'),
      JSON.stringify({ reason_x: { message: 'Tracking: $CUE$ ($1)', placeholders: { cue: { content: '$1' } } } }),
    );
    expect(reasonTexts('en', root)('reason_x', 'cookies')).toBe('Tracking: cookies (cookies)');
  });
});

describe('toJson and renderTable', () => {
  const analysis = analyze({ text: 'Wij verkopen uw gegevens niet.\n\nWij delen uw gegevens met adverteerders voor hun eigen marketing.' });
  const reason = (key: string): string => `text of ${key}`;

  it('keeps the contract keys and adds text only when given', () => {
    const json = toJson('x.txt', analysis, reason, { isPolicy: false });
    expect(Object.keys(json.summary).sort()).toEqual(['sharing', 'tracking', 'transfer']);
    expect(json).not.toHaveProperty('text');
    expect(json.sentences.map((sentence) => sentence.text)).toEqual(analysis.sentences.map((sentence) => sentence.text));
    for (const sentence of json.sentences) for (const finding of sentence.findings) expect(finding.reason).toBe(`text of ${finding.reasonKey}`);
    expect(toJson('x.html', analysis, reason, { isPolicy: false, text: 'abc' }).text).toBe('abc');
  });

  it('prints words without colour codes, and colour codes only when asked', () => {
    const plain = renderTable([{ source: 'x.txt', analysis, isPolicy: false }], reason, false);
    expect(plain).toContain('x.txt');
    expect(plain).toContain(analysis.summary.sharing);
    expect(plain).not.toContain('\x1b[');
    expect(renderTable([{ source: 'x.txt', analysis, isPolicy: false }], reason, true)).toContain('\x1b[');
  });
});
