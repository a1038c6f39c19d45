/** @jest-environment jsdom */
import { isOwnUi } from '../../../src/content/extract';
import type { Mark } from '../../../src/content/marks';
import { Tooltip } from '../../../src/content/tooltip/tooltip';
import type { FindingView } from '../../../src/shared/messages';
import { rect } from '../dom-stubs';

const HOSTILE_REASON = '<img src=x onerror="window.pwned=1"><b>Shares</b> your data';

function mark(findings: Partial<FindingView>[]): Mark {
  document.body.innerHTML = '<p>We share your data.</p>';
  const range = document.createRange();
  range.selectNodeContents(document.body.firstElementChild as Element);
  const full = findings.map((finding) => ({ category: 'sharing', level: 'red', score: 0.9, reasonKey: 'k', reason: 'r', cue: 'c', ...finding }) as FindingView);
  return { level: 'red', range, evidence: { index: 7, start: 0, end: 10, text: 'We share your data.', findings: full } };
}

function openTooltip(findings: Partial<FindingView>[]) {
  const attach = jest.spyOn(Element.prototype, 'attachShadow');
  const openPopup = jest.fn();
  const tooltip = new Tooltip(document, { openPopup });
  const shown = mark(findings);
  tooltip.show(shown, rect(10, 10, 100, 16));
  const root = attach.mock.results[0]?.value as ShadowRoot;
  attach.mockRestore();
  return { tooltip, root, openPopup, shown };
}

afterEach(() => {
  document.documentElement.querySelectorAll(':scope > div').forEach((element) => element.remove());
});

test('lives in a closed shadow root on a host marked as our UI', () => {
  const { tooltip, root } = openTooltip([{}]);
  const host = document.documentElement.lastElementChild as HTMLElement;
  expect(host.shadowRoot).toBeNull();
  expect(root.mode).toBe('closed');
  expect(isOwnUi(host)).toBe(true);
  expect(tooltip.isOwnTarget(host)).toBe(true);
  expect(root.querySelector('style')?.textContent).toContain(':host{all:initial!important');
  tooltip.destroy();
  expect(host.isConnected).toBe(false);
});

test('an HTML-looking reason is shown as literal text, never parsed', () => {
  const { root, tooltip } = openTooltip([{ reason: HOSTILE_REASON }]);
  expect(root.querySelector('.reason')?.textContent).toBe(HOSTILE_REASON);
  expect(root.querySelector('img')).toBeNull();
  expect(root.querySelector('.reason b')).toBeNull();
  expect((window as unknown as { pwned?: number }).pwned).toBeUndefined();
  tooltip.destroy();
});

test('names category and level in words and with an icon, worst level first', () => {
  const { root, tooltip } = openTooltip([
    { category: 'tracking', level: 'amber', reason: 'Uses analytics' },
    { category: 'sharing', level: 'red', reason: 'Sells data' },
  ]);
  const items = Array.from(root.querySelectorAll('li'));
  expect(items.map((item) => item.className)).toEqual(['red', 'amber']);
  expect(items[0]?.querySelector('.head')?.textContent).toBe('✖Sharing · Red: a concern');
  expect(items[1]?.querySelector('.head')?.textContent).toBe('▲Tracking · Amber: worth knowing');
  expect(root.querySelector('button')?.textContent).toBe('Show all evidence');
  expect(root.querySelector('[role="status"]')).not.toBeNull();
  tooltip.destroy();
});

test('a synthetic click (a page script) does not open the popup', () => {
  const { root, openPopup, tooltip } = openTooltip([{}]);
  (root.querySelector('button') as HTMLButtonElement).click();
  expect(openPopup).not.toHaveBeenCalled();
  tooltip.destroy();
});

test('hide keeps the host but hides the tip; show again reuses it', () => {
  const { root, tooltip, shown } = openTooltip([{}]);
  tooltip.hide();
  expect((root.querySelector('.tip') as HTMLElement).hidden).toBe(true);
  expect(tooltip.mark).toBeNull();
  tooltip.show(shown, rect(0, 0, 10, 10));
  expect((root.querySelector('.tip') as HTMLElement).hidden).toBe(false);
  expect(document.documentElement.querySelectorAll(':scope > div')).toHaveLength(1);
  tooltip.destroy();
});
