/** @jest-environment jsdom */
import { decideCandidate, firstPass } from '../../../src/content/detect';
import { extractText } from '../../../src/content/extract';
import { FIXTURE_PAGES, fixtureHtml } from '../fixture-pages';

function load(file: string): Document {
  return new DOMParser().parseFromString(fixtureHtml(file), 'text/html');
}

describe.each(FIXTURE_PAGES)('$file ($lang)', ({ file, url, expect: expected }) => {
  test.each(['computed', 'inline'] as const)(`is ${expected === 'candidate' ? 'a candidate' : 'not a candidate'} (styles: %s)`, (styles) => {
    const doc = load(file);
    const detection = decideCandidate(firstPass(doc, url), extractText(doc, { styles }).text);
    expect(detection.candidate).toBe(expected === 'candidate');
  });

  if (expected === 'negative') {
    test('stays out even if its URL and title said "privacy policy"', () => {
      const doc = load(file);
      const pretend = firstPass(doc, 'https://pretend.example/privacy-policy');
      expect(pretend.verdict).toBe('positive');
      expect(decideCandidate(pretend, extractText(doc).text).candidate).toBe(false);
    });
  }
});

test('the fixture set covers policies in three languages and every hard negative', () => {
  const langs = new Set(FIXTURE_PAGES.filter((page) => page.expect === 'candidate').map((page) => page.lang));
  expect([...langs].sort()).toEqual(['de', 'en', 'nl']);
  expect(FIXTURE_PAGES.filter((page) => page.expect === 'negative').length).toBeGreaterThanOrEqual(8);
});
