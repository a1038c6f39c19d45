/** @jest-environment jsdom */
import { createHighlighter } from '../../../src/content/highlight/highlighter';
import { FLASH_MS } from '../../../src/content/highlight/styles';
import { extractText, isOwnUi } from '../../../src/content/extract';
import type { Mark } from '../../../src/content/marks';
import type { EvidenceSentence } from '../../../src/shared/messages';
import { installHighlightApi, installRangeLayout, rect } from '../dom-stubs';

function marksFor(levels: Mark['level'][]): Mark[] {
  document.body.innerHTML = levels.map((level, i) => `<p>Sentence ${i} is ${level}.</p>`).join('');
  extractText(document);
  return levels.map((level, i) => {
    const range = document.createRange();
    range.selectNodeContents(document.body.children[i] as Element);
    const evidence = { index: i, start: 0, end: 1, text: '', findings: [] } as EvidenceSentence;
    return { evidence, level, range };
  });
}

describe('with the Custom Highlight API', () => {
  let api: ReturnType<typeof installHighlightApi>;
  beforeEach(() => {
    api = installHighlightApi();
  });
  afterEach(() => api.uninstall());

  test('registers one highlight per level, under per-page random names', () => {
    const highlighter = createHighlighter(document);
    expect(highlighter.kind).toBe('css');
    expect(api.registry.size).toBe(0);
    const marks = marksFor(['red', 'amber', 'red', 'green']);
    highlighter.show(marks);
    expect(api.registry.size).toBe(3);
    const byLevel = Object.fromEntries([...api.registry].map(([name, highlight]) => [name.slice(0, 4), highlight.ranges]));
    expect(byLevel['pl-r']).toEqual([marks[0]?.range, marks[2]?.range]);
    expect(byLevel['pl-a']).toEqual([marks[1]?.range]);
    expect(byLevel['pl-g']).toEqual([marks[3]?.range]);
    const names = [...api.registry.keys()];
    expect(names.every((name) => /^pl-[rag][0-9a-f]{12}$/.test(name))).toBe(true);
    const other = createHighlighter(document);
    other.show(marks);
    expect(api.registry.size).toBe(6);
    other.destroy();
    highlighter.destroy();
  });

  test('the page DOM is not changed; the stylesheet is adopted and removed again', () => {
    const marks = marksFor(['red']);
    const before = document.documentElement.outerHTML;
    const highlighter = createHighlighter(document);
    highlighter.show(marks);
    expect(document.documentElement.outerHTML).toBe(before);
    expect(api.sheets()).toHaveLength(1);
    const css = (api.sheets()[0] as CSSStyleSheet & { cssText: string }).cssText;
    const red = [...api.registry.keys()][0] as string;
    // Levels differ by underline style, not colour alone.
    expect(css).toMatch(new RegExp(`::highlight\\(${red}\\)\\{[^}]*underline solid`));
    expect(css).toContain('underline dashed');
    expect(css).toContain('underline dotted');
    highlighter.destroy();
    expect(api.sheets()).toHaveLength(0);
    expect(api.registry.size).toBe(0);
  });

  test('showing again replaces, clear empties', () => {
    const highlighter = createHighlighter(document);
    highlighter.show(marksFor(['red', 'green']));
    highlighter.show(marksFor(['amber']));
    expect([...api.registry.keys()].map((name) => name.slice(0, 4))).toEqual(['pl-a']);
    highlighter.clear();
    expect(api.registry.size).toBe(0);
  });

  test('flash is a temporary highlight of its own', () => {
    jest.useFakeTimers();
    const highlighter = createHighlighter(document);
    const [mark] = marksFor(['amber']);
    highlighter.flash((mark as Mark).range);
    const flash = [...api.registry].find(([name]) => name.startsWith('pl-f'));
    expect(flash?.[1].priority).toBe(1);
    jest.advanceTimersByTime(FLASH_MS + 1);
    expect(api.registry.size).toBe(0);
    jest.useRealTimers();
    highlighter.destroy();
  });
});

describe('fallback without the API', () => {
  let restoreLayout: () => void;
  beforeEach(() => {
    restoreLayout = installRangeLayout(() => rect(10, 20, 200, 16));
  });
  afterEach(() => restoreLayout());

  test('draws boxes in our own closed shadow host and never wraps page text', () => {
    const attach = jest.spyOn(Element.prototype, 'attachShadow');
    const marks = marksFor(['red', 'green']);
    const bodyBefore = document.body.innerHTML;
    const highlighter = createHighlighter(document);
    expect(highlighter.kind).toBe('overlay');
    highlighter.show(marks);
    expect(document.body.innerHTML).toBe(bodyBefore);
    const host = document.documentElement.lastElementChild as HTMLElement;
    expect(isOwnUi(host)).toBe(true);
    expect(host.shadowRoot).toBeNull();
    expect(attach).toHaveBeenCalledWith({ mode: 'closed' });
    const root = attach.mock.results[0]?.value as ShadowRoot;
    const boxes = Array.from(root.querySelectorAll('div'));
    expect(boxes.map((box) => box.className)).toEqual(['red', 'green']);
    expect(boxes[0]?.style.width).toBe('200px');
    highlighter.clear();
    expect(host.isConnected).toBe(false);
    highlighter.destroy();
    attach.mockRestore();
  });
});
