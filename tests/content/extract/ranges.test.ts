/** @jest-environment jsdom */
import fc from 'fast-check';
import { extractText, rangeForOffsets } from '../../../src/content/extract';
import { ITEM_MARKER } from '../../../src/content/extract/text-builder';
import { FIXTURE_PAGES, fixtureHtml } from '../fixture-pages';

const collapse = (value: string) => value.replace(/\s+/g, ' ');

function loadIntoDocument(html: string): void {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.head.replaceChildren(...Array.from(parsed.head.childNodes).map((node) => document.importNode(node, true)));
  document.body.replaceChildren(...Array.from(parsed.body.childNodes).map((node) => document.importNode(node, true)));
}

/** [start, end) pairs inside one line (a block), after an item's marker: what evidence sentences are. */
function lineSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    const marker = line.startsWith(ITEM_MARKER) ? ITEM_MARKER.length : 0;
    if (line.length > marker) spans.push([start + marker, start + line.length]);
    start += line.length + 1;
  }
  return spans;
}

describe('offsets → DOM ranges', () => {
  test('exact round trip where the page has no whitespace to collapse', () => {
    document.body.innerHTML = '<main><h1>Privacy</h1><p>We collect <b>your</b> data. We share it.</p></main>';
    const extraction = extractText(document);
    expect(extraction.text).toBe('Privacy\nWe collect your data. We share it.');
    const start = extraction.text.indexOf('We share');
    const range = rangeForOffsets(document, extraction, start, extraction.text.length);
    expect(range?.toString()).toBe('We share it.');
    const across = rangeForOffsets(document, extraction, extraction.text.indexOf('collect'), extraction.text.indexOf(' data'));
    expect(across?.toString()).toBe('collect your');
  });

  test('a table row maps back to its cells, separator included in the range', () => {
    document.body.innerHTML = '<table><tr><td>_ga</td><td>Google Analytics</td><td>2 years</td></tr></table>';
    const extraction = extractText(document);
    expect(extraction.text).toBe('_ga | Google Analytics | 2 years');
    const range = rangeForOffsets(document, extraction, 0, extraction.text.length);
    expect(range?.startContainer.textContent).toBe('_ga');
    expect(range?.endContainer.textContent).toBe('2 years');
    expect(rangeForOffsets(document, extraction, extraction.text.indexOf('Google'), extraction.text.indexOf(' | 2'))?.toString()).toBe('Google Analytics');
  });

  test('collapsed whitespace maps back to the whole run', () => {
    document.body.innerHTML = '<p>We\n      collect   data.</p>';
    const extraction = extractText(document);
    expect(extraction.text).toBe('We collect data.');
    expect(rangeForOffsets(document, extraction, 0, extraction.text.length)?.toString()).toBe('We\n      collect   data.');
  });

  test('a range that starts or ends on a block break snaps inside the text', () => {
    document.body.innerHTML = '<p>One.</p><p>Two.</p>';
    const extraction = extractText(document);
    expect(extraction.text).toBe('One.\nTwo.');
    expect(rangeForOffsets(document, extraction, 4, 9)?.toString()).toBe('Two.');
    expect(rangeForOffsets(document, extraction, 0, 5)?.toString()).toBe('One.');
  });

  test("a list item's range starts at its text, not at the marker the extraction added", () => {
    document.body.innerHTML = '<p>We share data with:</p><ul><li>our processors;</li></ul>';
    const extraction = extractText(document);
    expect(extraction.text).toBe('We share data with:\n• our processors;');
    const start = extraction.text.indexOf('•');
    expect(rangeForOffsets(document, extraction, start, extraction.text.length)?.toString()).toBe('our processors;');
  });

    test('empty, reversed and out-of-bounds spans give no range', () => {
    document.body.innerHTML = '<p>Text.</p>';
    const extraction = extractText(document);
    expect(rangeForOffsets(document, extraction, 2, 2)).toBeNull();
    expect(rangeForOffsets(document, extraction, 3, 1)).toBeNull();
    expect(rangeForOffsets(document, extraction, 50, 60)).toBeNull();
  });

  test('a node removed since extraction gives no range rather than a wrong one', () => {
    document.body.innerHTML = '<p id="p">Some text here.</p>';
    const extraction = extractText(document);
    (document.getElementById('p')?.firstChild as Text).data = 'x';
    expect(rangeForOffsets(document, extraction, 5, 14)).toBeNull();
  });

  describe.each(FIXTURE_PAGES.filter((page) => page.expect === 'candidate'))('$file', ({ file }) => {
    test('every span inside a block round-trips (whitespace-collapsed)', () => {
      loadIntoDocument(fixtureHtml(file));
      const extraction = extractText(document);
      const spans = lineSpans(extraction.text);
      expect(spans.length).toBeGreaterThan(10);
      fc.assert(
        fc.property(fc.nat(spans.length - 1), fc.nat(), fc.nat(), (which, a, b) => {
          const [lineStart, lineEnd] = spans[which] as [number, number];
          const width = lineEnd - lineStart;
          const start = lineStart + (a % width);
          const end = start + 1 + (b % (lineEnd - start));
          const range = rangeForOffsets(document, extraction, start, end);
          expect(range).not.toBeNull();
          expect(collapse(range?.toString() ?? '')).toBe(extraction.text.slice(start, end));
        }),
        { numRuns: 200 },
      );
    });
  });
});
