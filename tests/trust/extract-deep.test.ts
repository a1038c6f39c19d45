/**
 * @jest-environment jsdom
 *
 * A page nested 10,000 elements deep (Chromium's own renderer gives up before that, so the
 * browser tier stops at 2,000; see tests/e2e/trust-input.test.ts): the extractor walks it
 * without a stack overflow, reads the text at the bottom, and maps offsets back to ranges.
 */
import { extractText, rangeForOffsets } from '../../src/content/extract';

const SENTENCE = 'We sell your personal data to data brokers.';

/**
 * Built bottom-up and left detached: jsdom checks every ancestor on each insertion (top-down
 * takes ~20 s) and inserts a subtree into a document recursively (a 10,000-deep one
 * overflows jsdom's own stack). The extractor walks the detached tree through `root`.
 */
function deepPage(depth: number): { doc: Document; root: HTMLElement } {
  const doc = document.implementation.createHTMLDocument('Privacy Policy');
  let node: HTMLElement = doc.createElement('p');
  node.textContent = SENTENCE;
  for (let i = 0; i < depth; i++) {
    const parent = doc.createElement(i % 3 === 0 ? 'section' : i % 3 === 1 ? 'div' : 'span');
    parent.appendChild(node);
    node = parent;
  }
  const root = doc.createElement('main');
  root.innerHTML = '<h1>Privacy Policy</h1>';
  root.appendChild(node);
  return { doc, root };
}

describe('extraction on a 10,000-deep page', () => {
  it('reads the sentence at the bottom and maps it back to the DOM', () => {
    const { doc, root } = deepPage(10_000);
    const extraction = extractText(doc, { styles: 'inline', root });
    const start = extraction.text.indexOf(SENTENCE);
    expect(start).toBeGreaterThanOrEqual(0);
    const range = rangeForOffsets(doc, extraction, start, start + SENTENCE.length);
    expect(range?.toString()).toBe(SENTENCE);
  });

  it('10,000 siblings with a sentence each stay in order', () => {
    const doc = document.implementation.createHTMLDocument('Privacy Policy');
    doc.body.innerHTML = `<main>${Array.from({ length: 10_000 }, (_, i) => `<p>Sentence ${i} says we use cookies.</p>`).join('')}</main>`;
    const extraction = extractText(doc, { styles: 'inline' });
    const first = extraction.text.indexOf('Sentence 0 ');
    const last = extraction.text.indexOf('Sentence 9999 ');
    expect(first).toBeGreaterThanOrEqual(0);
    expect(last).toBeGreaterThan(first);
  });
});
