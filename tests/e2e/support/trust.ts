/**
 * Helpers shared by tests/e2e/trust-*.test.ts: tabs with known ids, questions to the
 * worker from one of our own pages, uncaught errors from every context, and a look
 * into the tooltip's closed shadow root through the DevTools protocol (which sees
 * what no page script can).
 */
import type { CDPSession, Page } from 'playwright-core';
import type { LoadedExtension } from './extension';
import type { TabState } from '../../../src/shared/messages';

/** `chrome.runtime` as our own extension pages see it. */
interface ExtensionPageGlobal {
  chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };
}

/**
 * A new tab and its id. The id is found by difference, not by URL: without the "tabs"
 * permission or host_permissions the worker does not see tab URLs (PERMISSIONS.md), so
 * `tabIdOf(worker, url)` cannot find them.
 */
export async function openTab(ext: LoadedExtension): Promise<{ page: Page; tabId: number }> {
  const ids = async () => (await ext.worker.evaluate(() => chrome.tabs.query({}))).map((tab) => tab.id ?? -1);
  const before = new Set(await ids());
  const page = await ext.context.newPage();
  const tabId = (await ids()).find((id) => id >= 0 && !before.has(id));
  if (tabId === undefined) throw new Error('could not find the new tab');
  return { page, tabId };
}

let ownPage: Page | null = null;

/** Sends a raw message to the worker from our options page, as the popup would. */
export async function askWorker(ext: LoadedExtension, message: unknown): Promise<unknown> {
  if (!ownPage || ownPage.isClosed()) {
    ownPage = await ext.context.newPage();
    await ownPage.goto(`chrome-extension://${ext.extensionId}/src/options/index.html`);
  }
  return ownPage.evaluate((m) => (globalThis as unknown as ExtensionPageGlobal).chrome.runtime.sendMessage(m), message);
}

export function forgetOwnPage(): void {
  ownPage = null;
}

export async function tabState(ext: LoadedExtension, tabId: number): Promise<TabState> {
  const reply = (await askWorker(ext, { type: 'tab.state', payload: { tabId } })) as { ok: boolean; value?: TabState; error?: string };
  if (!reply.ok || !reply.value) throw new Error(`tab.state refused: ${reply.error ?? '?'}`);
  return reply.value;
}

/** Polls the worker until the tab's state is one of `kinds`; returns it, or throws with the last one seen. */
export async function waitForState(ext: LoadedExtension, tabId: number, kinds: readonly TabState['kind'][], timeoutMs = 20_000): Promise<TabState> {
  const deadline = Date.now() + timeoutMs;
  let last: TabState | null = null;
  while (Date.now() < deadline) {
    last = await tabState(ext, tabId);
    if (kinds.includes(last.kind)) return last;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`tab ${tabId} never reached ${kinds.join('/')}; last state ${JSON.stringify(last).slice(0, 300)}`);
}

/** Uncaught errors in pages and console errors of the worker and our pages. */
export class ErrorLog {
  readonly errors: string[] = [];

  watchPage(page: Page, label: string): void {
    page.on('pageerror', (error) => this.errors.push(`${label}: ${String(error)}`));
  }

  /** Our own pages and the worker must not log errors either. */
  watchOwn(ext: LoadedExtension): void {
    const onWorker = (worker: LoadedExtension['worker']) => worker.on('console', (m) => m.type() === 'error' && this.errors.push(`worker: ${m.text()}`));
    onWorker(ext.worker);
    ext.context.on('serviceworker', onWorker);
    ext.context.on('page', (page) => {
      page.on('console', (m) => {
        if (m.type() === 'error' && page.url().startsWith(`chrome-extension://${ext.extensionId}`)) this.errors.push(`${page.url()}: ${m.text()}`);
      });
      page.on('pageerror', (error) => {
        if (page.url().startsWith(`chrome-extension://${ext.extensionId}`)) this.errors.push(`${page.url()}: ${String(error)}`);
      });
    });
  }
}

/** What the DevTools protocol sees of the tooltip (null: never created). */
export interface TooltipView {
  hostAttributes: string[];
  shadowType: string | undefined;
  hidden: boolean;
  html: string;
  /** Computed style of the tip box, and of the host. */
  tip: Record<string, string>;
  host: Record<string, string>;
  box: { x: number; y: number; width: number; height: number } | null;
}

/** The part of a DevTools DOM.Node these helpers read. */
interface DomNode {
  nodeId: number;
  nodeName: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
  shadowRootType?: string;
}

const STYLE_KEYS = ['display', 'visibility', 'opacity', 'color', 'font-family', 'font-size', 'z-index', 'position', 'background-color', 'transform', 'clip-path', 'width', 'height'];

function find(node: DomNode, test: (n: DomNode) => boolean): DomNode | null {
  if (test(node)) return node;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const hit = find(child, test);
    if (hit) return hit;
  }
  return null;
}

async function computed(cdp: CDPSession, nodeId: number): Promise<Record<string, string>> {
  const { computedStyle } = await cdp.send('CSS.getComputedStyleForNode', { nodeId });
  return Object.fromEntries(computedStyle.filter((p) => STYLE_KEYS.includes(p.name)).map((p) => [p.name, p.value]));
}

export async function inspectTooltip(cdp: CDPSession): Promise<TooltipView | null> {
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const root = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })).root as DomNode;
  const html = find(root, (n) => n.nodeName === 'HTML');
  const host = (html?.children ?? []).find((n) => n.nodeName !== 'HEAD' && n.nodeName !== 'BODY' && (n.shadowRoots?.length ?? 0) > 0);
  const shadow = host?.shadowRoots?.[0];
  if (!host || !shadow) return null;
  const tip = find(shadow, (n) => (n.attributes ?? []).some((value, i, all) => i % 2 === 1 && all[i - 1] === 'class' && value === 'tip'));
  if (!tip) return null;
  const { outerHTML } = await cdp.send('DOM.getOuterHTML', { nodeId: tip.nodeId });
  const attrs = tip.attributes ?? [];
  let box: TooltipView['box'] = null;
  try {
    const model = await cdp.send('DOM.getBoxModel', { nodeId: tip.nodeId });
    const [x1 = 0, y1 = 0, x2 = 0, , , y3 = 0] = model.model.border;
    box = { x: x1, y: y1, width: x2 - x1, height: y3 - y1 };
  } catch {
    box = null; // display:none has no box
  }
  return {
    hostAttributes: host.attributes ?? [],
    shadowType: shadow.shadowRootType,
    hidden: attrs.filter((_, i) => i % 2 === 0).includes('hidden'),
    html: outerHTML,
    tip: await computed(cdp, tip.nodeId),
    host: await computed(cdp, host.nodeId),
    box,
  };
}

/** The plain text of an HTML fragment as the DevTools protocol returned it. */
export function textOf(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Sends a message from our content script's isolated world in `page`, through the DevTools
 * protocol: what a content script (or a compromised one) can say to the worker.
 */
export async function sendFromContentScript(ext: LoadedExtension, page: Page, message: unknown): Promise<unknown> {
  const cdp = await ext.context.newCDPSession(page);
  try {
    const worlds: { id: number; name: string; type?: string }[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => worlds.push({ id: context.id, name: context.name, type: (context.auxData as { type?: string } | undefined)?.type }));
    await cdp.send('Runtime.enable');
    const world = worlds.filter((w) => w.type === 'isolated' && w.name === 'Privacy Lights').at(-1);
    if (!world) throw new Error('our content script does not run in this page');
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression: `chrome.runtime.sendMessage(${JSON.stringify(message)})`, contextId: world.id, awaitPromise: true, returnByValue: true });
    if (exceptionDetails) throw new Error(exceptionDetails.text);
    return result.value;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/**
 * Without a real click on our action, activeTab never tells the worker a tab's URL, so
 * a page the detector passed over has no state to show. Telling the worker the URL the
 * way the content script does ('site.settings') stands in for that click.
 */
export async function introduceTab(ext: LoadedExtension, page: Page): Promise<void> {
  const reply = (await sendFromContentScript(ext, page, { type: 'site.settings', payload: { url: page.url() } })) as { ok: boolean; error?: string };
  if (!reply.ok) throw new Error(`site.settings refused: ${reply.error ?? '?'}`);
}
