/** @jest-environment jsdom */
import { extractText, rangeForOffsets } from '../../../src/content/extract';
import type { Mark } from '../../../src/content/marks';
import { markAt } from '../../../src/content/tooltip/hit-test';
import { installInteraction, isCycleShortcut } from '../../../src/content/tooltip/interaction';
import { Tooltip } from '../../../src/content/tooltip/tooltip';
import type { EvidenceSentence } from '../../../src/shared/messages';
import { installCaret, installRangeLayout, rect } from '../dom-stubs';

/** Two marked sentences on separate lines: y 0–20 is the first, y 40–60 the second. */
function setup(): Mark[] {
  document.body.innerHTML = '<p>We sell your data. Plain sentence.</p><p>We use cookies.</p>';
  const extraction = extractText(document);
  const spans: [number, number][] = [[0, 18], [extraction.text.indexOf('We use'), extraction.text.length]];
  return spans.map(([start, end], index) => ({
    level: index === 0 ? 'red' : 'amber',
    range: rangeForOffsets(document, extraction, start, end) as Range,
    evidence: { index, start, end, text: extraction.text.slice(start, end), findings: [] } as EvidenceSentence,
  }));
}

let restore: (() => void)[] = [];
beforeEach(() => {
  restore = [
    installRangeLayout((range) => {
      const text = range.toString();
      if (text === 'We sell your data.') return rect(0, 0, 150, 20);
      if (text === 'We use cookies.') return rect(0, 40, 120, 20);
      return null;
    }),
    installCaret((x, y) => {
      const paragraphs = document.querySelectorAll('p');
      const node = (y < 30 ? paragraphs[0] : paragraphs[1])?.firstChild as Node;
      return { offsetNode: node, offset: Math.min(Math.floor(x / 8), (node.textContent ?? '').length) };
    }),
  ];
});
afterEach(() => restore.forEach((undo) => undo()));

describe('hit testing', () => {
  test('finds the mark under the point', () => {
    const marks = setup();
    expect(markAt(document, marks, 40, 10)?.mark).toBe(marks[0]);
    expect(markAt(document, marks, 40, 50)?.mark).toBe(marks[1]);
  });

  test('text of the same block outside the mark is no hit', () => {
    const marks = setup();
    // x=200 → caret offset 25, inside "Plain sentence." (not marked)
    expect(markAt(document, marks, 200, 10)).toBeNull();
  });

  test('no marks, no caret API: no hit and no error', () => {
    expect(markAt(document, [], 1, 1)).toBeNull();
    restore.pop()?.();
    expect(markAt(document, setup(), 40, 10)).toBeNull();
  });
});

describe('keyboard and pointer', () => {
  test('Alt+Shift+N is the shortcut, nothing else', () => {
    expect(isCycleShortcut(new KeyboardEvent('keydown', { code: 'KeyN', altKey: true, shiftKey: true }))).toBe(true);
    expect(isCycleShortcut(new KeyboardEvent('keydown', { code: 'KeyN', altKey: true }))).toBe(false);
    expect(isCycleShortcut(new KeyboardEvent('keydown', { code: 'KeyN', altKey: true, shiftKey: true, ctrlKey: true }))).toBe(false);
  });

  test('cycling walks the marks in order, scrolls to each and shows its tooltip', () => {
    const marks = setup();
    const scrolled: Element[] = [];
    (Element.prototype as unknown as { scrollIntoView: () => void }).scrollIntoView = function scrollIntoView(this: Element) {
      scrolled.push(this);
    };
    const tooltip = new Tooltip(document, { openPopup: jest.fn() });
    const work = new AbortController();
    const { cycle } = installInteraction({ doc: document, tooltip, marks: () => marks, signal: work.signal, alive: () => true });
    expect(cycle()).toBe(marks[0]);
    expect(tooltip.mark).toBe(marks[0]);
    expect(cycle()).toBe(marks[1]);
    expect(cycle()).toBe(marks[0]);
    expect(scrolled.map((element) => element.textContent)).toEqual(['We sell your data. Plain sentence.', 'We use cookies.', 'We sell your data. Plain sentence.']);
    work.abort();
    tooltip.destroy();
    delete (Element.prototype as unknown as { scrollIntoView?: unknown }).scrollIntoView;
  });

  test('synthetic (page-made) key and mouse events are ignored', () => {
    jest.useFakeTimers();
    const marks = setup();
    const tooltip = new Tooltip(document, { openPopup: jest.fn() });
    const show = jest.spyOn(tooltip, 'show');
    const work = new AbortController();
    installInteraction({ doc: document, tooltip, marks: () => marks, signal: work.signal, alive: () => true });
    document.dispatchEvent(new KeyboardEvent('keydown', { code: 'KeyN', key: 'N', altKey: true, shiftKey: true, bubbles: true }));
    document.dispatchEvent(new MouseEvent('mousemove', { clientX: 40, clientY: 10, bubbles: true }));
    jest.advanceTimersByTime(100);
    expect(show).not.toHaveBeenCalled();
    work.abort();
    tooltip.destroy();
    jest.useRealTimers();
  });
});
