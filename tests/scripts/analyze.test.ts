/**
 * The CLI end to end. Each spawn costs a second or two (tsx + wink-nlp start-up),
 * so this file runs it only a handful of times.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');
const SEED = 'seeds/002_7a976ead6d1b04e2.txt';

function run(args: string[], input?: string) {
  const result = spawnSync('npx', ['tsx', 'scripts/analyze.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    input,
    env: { ...process.env, NO_COLOR: '1', npm_config_loglevel: 'error' },
  });
  // npx may print its own config warnings; keep only our lines.
  const stderr = result.stderr.split('\n').filter((line) => line !== '' && !line.startsWith('npm warn'));
  return { status: result.status, stdout: result.stdout, stderr };
}

interface JsonSentence {
  start: number;
  end: number;
  text: string;
  findings: Array<{ category: string; level: string; score: number; reason: string }>;
}

describe('npm run analyze', () => {
  jest.setTimeout(60_000);

  it('--json on a seed prints exactly one object that keeps the contract', () => {
    const { status, stdout, stderr } = run(['--json', SEED]);
    expect(stderr).toEqual([]);
    expect(status).toBe(0);
    const result = JSON.parse(stdout) as {
      source: string; language: string; isPolicy: boolean; policyScore: number;
      summary: Record<string, string>; sentences: JsonSentence[]; ms: number;
    };
    expect(result.source).toBe(SEED);
    expect(result.language).toBe('nl');
    expect(result.isPolicy).toBe(true);
    expect(Object.keys(result.summary).sort()).toEqual(['sharing', 'tracking', 'transfer']);
    for (const light of Object.values(result.summary)) expect(['red', 'amber', 'green', 'unknown']).toContain(light);
    const text = readFileSync(join(ROOT, SEED), 'utf8');
    let previous = 0;
    for (const sentence of result.sentences) {
      expect(sentence.text).toBe(text.slice(sentence.start, sentence.end));
      expect(sentence.start).toBeGreaterThanOrEqual(previous);
      previous = sentence.end;
      for (const finding of sentence.findings) {
        expect(['red', 'amber', 'green']).toContain(finding.level);
        expect(finding.reason.length).toBeGreaterThan(0);
      }
    }
    expect(typeof result.ms).toBe('number');
  });

  it('reads stdin with - and prints the table without colours when not on a TTY', () => {
    const { status, stdout } = run(['-'], 'Wij verkopen uw persoonsgegevens nooit aan derden. Wij bewaren uw gegevens in Nederland.');
    expect(status).toBe(0);
    expect(stdout).toMatch(/^source\s+lang\s+policy/);
    expect(stdout).toContain('-');
    expect(stdout).not.toContain('\x1b[');
  });

  it('.html goes through the page extraction and returns the extracted text', () => {
    const dir = mkdtempSync(join(tmpdir(), 'analyze-cli-'));
    const page = join(dir, 'page.html');
    writeFileSync(page, '<html><head><title>Privacy</title></head><body><h1>Privacy</h1><p>Wij delen uw gegevens met adverteerders.</p></body></html>');
    const { status, stdout } = run(['--json', '--url', 'https://shop.example/privacy', page]);
    expect(status).toBe(0);
    const result = JSON.parse(stdout) as { text: string; sentences: JsonSentence[]; isPolicy: boolean };
    expect(typeof result.text).toBe('string');
    expect(result.text).toContain('Wij delen uw gegevens met adverteerders.');
    for (const sentence of result.sentences) expect(sentence.text).toBe(result.text.slice(sentence.start, sentence.end));
    expect(result.isPolicy).toBe(false);
  });

  it('a missing file: one line on stderr, non-zero exit, nothing on stdout', () => {
    const { status, stdout, stderr } = run(['--json', 'seeds/does-not-exist.txt']);
    expect(status).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toHaveLength(1);
    expect(stderr[0]).toMatch(/does-not-exist\.txt: no such file/);
  });

  it('an empty file and a binary file are refused the same way', () => {
    const dir = mkdtempSync(join(tmpdir(), 'analyze-cli-'));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'blob.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
    for (const [name, message] of [['empty.txt', /empty input/], ['blob.txt', /binary data/]] as const) {
      const { status, stdout, stderr } = run(['--json', join(dir, name)]);
      expect(status).not.toBe(0);
      expect(stdout).toBe('');
      expect(stderr).toHaveLength(1);
      expect(stderr[0]).toMatch(message);
    }
  });
});
