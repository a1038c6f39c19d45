/** The local fixture pages (tests/fixtures/pages) and the address each pretends to have. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface FixturePage {
  file: string;
  url: string;
  lang: 'en' | 'nl' | 'de';
  expect: 'candidate' | 'negative';
}

export const PAGES_DIR = join(__dirname, '..', 'fixtures', 'pages');

export const FIXTURE_PAGES: FixturePage[] = (
  JSON.parse(readFileSync(join(PAGES_DIR, 'index.json'), 'utf8')) as { pages: FixturePage[] }
).pages;

export function fixtureHtml(file: string): string {
  return readFileSync(join(PAGES_DIR, file), 'utf8');
}
