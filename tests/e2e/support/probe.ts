/**
 * Looks at what the extension did to a page from outside it: the badge (asked of the
 * worker), the highlight registry (which the page shares), and the tooltip's closed
 * shadow root (only the DevTools protocol can pierce it; no page script can).
 */
import type { Page, Worker } from 'playwright-core';

export interface Badge {
  text: string;
  title: string;
}

export async function badgeOf(worker: Worker, tabId: number): Promise<Badge> {
  return worker.evaluate(async (id: number) => ({
    text: await chrome.action.getBadgeText({ tabId: id }),
    title: await chrome.action.getTitle({ tabId: id }),
  }), tabId);
}

export async function waitForBadge(worker: Worker, tabId: number, timeoutMs = 15_000): Promise<Badge> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const badge = await badgeOf(worker, tabId);
    if (badge.text !== '') return badge;
    if (Date.now() > deadline) throw new Error(`no badge on tab ${tabId} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Ranges per registered highlight, as the page can see them. */
export async function highlightCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const registry = (CSS as unknown as { highlights?: Map<string, Set<unknown>> }).highlights;
    const counts: Record<string, number> = {};
    registry?.forEach((highlight, name) => (counts[name] = highlight.size));
    return counts;
  });
}

/** The centre of the first range in the highlight whose name starts with `prefix`. */
export async function firstHighlightPoint(page: Page, prefix: string): Promise<{ x: number; y: number; text: string } | null> {
  return page.evaluate((p: string) => {
    const registry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
    for (const [name, highlight] of registry ?? []) {
      if (!name.startsWith(p)) continue;
      for (const range of highlight) {
        const rect = range.getClientRects()[0];
        if (!rect) continue;
        range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        const after = range.getClientRects()[0]!;
        return { x: after.left + Math.min(after.width / 2, 40), y: after.top + after.height / 2, text: range.toString() };
      }
    }
    return null;
  }, prefix);
}

interface DomNode {
  nodeType: number;
  nodeName: string;
  nodeValue?: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
  shadowRootType?: string;
}

function textOf(node: DomNode): string {
  if (node.nodeType === 3) return node.nodeValue ?? '';
  if (node.nodeName === 'STYLE') return '';
  return [...(node.shadowRoots ?? []), ...(node.children ?? [])].map(textOf).join(' ');
}

function findVisibleTip(node: DomNode, insideClosed: boolean): DomNode | null {
  const attrs = node.attributes ?? [];
  const isTip = insideClosed && attrs.includes('class') && attrs[attrs.indexOf('class') + 1] === 'tip';
  if (isTip && !attrs.includes('hidden')) return node;
  for (const root of node.shadowRoots ?? []) {
    const found = findVisibleTip(root, insideClosed || root.shadowRootType === 'closed');
    if (found) return found;
  }
  for (const child of node.children ?? []) {
    const found = findVisibleTip(child, insideClosed);
    if (found) return found;
  }
  return null;
}

/** The visible tooltip's text, read through the DevTools protocol; null when none shows. */
export async function visibleTooltipText(page: Page): Promise<string | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const tip = findVisibleTip(root, false);
    return tip ? textOf(tip).replace(/\s+/g, ' ').trim() : null;
  } finally {
    await cdp.detach();
  }
}
