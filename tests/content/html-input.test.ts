/**
 * scripts/cli/html-input.ts (the CLI's HTML path) runs the content script's own
 * extraction and detection over jsdom. The `jsdom` package cannot load inside
 * jest's module system (ESM dependencies), so this runs it under tsx, as the CLI does.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { FIXTURE_PAGES, PAGES_DIR } from './fixture-pages';

const ROOT = join(__dirname, '..', '..');

const SCRIPT = `
import { readFileSync } from 'node:fs';
import { readHtmlPage } from './scripts/cli/html-input';
const pages = JSON.parse(process.env.PAGES ?? '[]');
const out = pages.map((p) => {
  const page = readHtmlPage(readFileSync(p.path, 'utf8'), p.url);
  return { file: p.file, candidate: page.candidate, reason: page.detection.reason, title: page.title, url: page.url, head: page.text.slice(0, 40), totalChars: page.totalChars, truncated: page.truncated, banner: page.text.includes('By clicking Accept') };
});
const bare = readHtmlPage('<p>Hello   world</p>');
console.log(JSON.stringify({ out, bare: { text: bare.text, url: bare.url, candidate: bare.candidate } }));
`;

interface Result {
  out: { file: string; candidate: boolean; reason: string; title: string; url: string; head: string; totalChars: number; truncated: boolean; banner: boolean }[];
  bare: { text: string; url: string | undefined; candidate: boolean };
}

let result: Result;

beforeAll(() => {
  const pages = FIXTURE_PAGES.map((page) => ({ ...page, path: join(PAGES_DIR, page.file) }));
  const stdout = execFileSync(join(ROOT, 'node_modules', '.bin', 'tsx'), ['--eval', SCRIPT], {
    cwd: ROOT,
    env: { ...process.env, PAGES: JSON.stringify(pages) },
    encoding: 'utf8',
  });
  result = JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as Result;
}, 60_000);

test('agrees with the content script on every fixture', () => {
  for (const page of FIXTURE_PAGES) {
    const row = result.out.find((r) => r.file === page.file);
    expect({ file: page.file, candidate: row?.candidate }).toEqual({ file: page.file, candidate: page.expect === 'candidate' });
  }
});

test('extracts the main text without banners, with title and URL', () => {
  const en = result.out.find((r) => r.file === 'policy-en.html');
  expect(en).toMatchObject({ title: 'Privacy Policy | Northwind Outdoor', url: 'https://northwind.example/privacy-policy', truncated: false, banner: false });
  expect(en?.head).toMatch(/^Privacy Policy\nLast updated: 3 March/);
  expect(en?.totalChars).toBeGreaterThan(2000);
});

test('works without a URL', () => {
  expect(result.bare).toEqual({ text: 'Hello world', candidate: false });
});
