/** @jest-environment jsdom */
/**
 * The extension reads a policy page through the DOM; evaluation and training read plain text.
 * Both must give the classifier the same units, or figures measured on text say little about
 * pages: served as HTML (lists as <ul><li>, headings as <h2>), every seed must be graded as its
 * text is. Before list items carried a marker, a short "<li>Rusland</li>" read as a heading and
 * was never graded.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../../src/classifier';
import { extractText } from '../../../src/content/extract';
import { seedToHtml } from '../../e2e/support/seed-page';

const SEEDS = join(__dirname, '../../../seeds');
const MARKER = /^\s*(?:[•·▪◦‣\-–*]|\d{1,2}[.)]|[a-z][.)])\s+/;
const key = (text: string) => text.replace(MARKER, '').replace(/\s+/g, ' ').trim();

function findingsByUnit(text: string): Map<string, string> {
  const units = new Map<string, string>();
  for (const sentence of analyze({ text }).sentences) {
    const findings = sentence.findings.map((f) => `${f.category}:${f.level}`).sort().join(' ');
    units.set(key(sentence.text), findings);
  }
  return units;
}

function loadIntoDocument(html: string): void {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.head.replaceChildren(...Array.from(parsed.head.childNodes).map((node) => document.importNode(node, true)));
  document.body.replaceChildren(...Array.from(parsed.body.childNodes).map((node) => document.importNode(node, true)));
}

describe.each(readdirSync(SEEDS).filter((f) => f.endsWith('.txt')))('seed %s served as a page', (file) => {
  test('its units get the findings its text gets', () => {
    const text = readFileSync(join(SEEDS, file), 'utf8');
    loadIntoDocument(seedToHtml(text));
    const fromText = findingsByUnit(text);
    const fromPage = findingsByUnit(extractText(document).text);
    let compared = 0;
    const differing: string[] = [];
    for (const [unit, findings] of fromText) {
      const onPage = fromPage.get(unit);
      if (onPage === undefined) continue;
      compared++;
      if (onPage !== findings) differing.push(`${unit.slice(0, 60)}: text "${findings}" page "${onPage}"`);
    }
    expect(compared).toBeGreaterThan(0.9 * fromText.size);
    // The page adds site chrome and a cookie banner, so a unit's previous sentence can differ:
    // one unit in a hundred may read differently, no more.
    expect(differing.length <= Math.ceil(compared / 100) ? [] : differing).toEqual([]);
  });
});
