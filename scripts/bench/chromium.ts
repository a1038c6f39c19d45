/**
 * The built extension in Chromium: the content script's start → idle timing, navigation
 * to badge with a cold and a warm worker, popup to lights, and the worker's heap.
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { launchExtension, type LoadedExtension } from '../../tests/e2e/support/extension';
import type { FixtureServer } from '../../tests/e2e/support/server';
import type { ChromiumResult, ContentResult, MemoryResult } from './schema';
import { statOf } from './stats';
import { attachToServiceWorker, heapAfterGc } from './worker-cdp';

export interface ChromiumOptions {
  /** Page loads per content-script measurement (cheap, so more of them). */
  contentRuns: number;
  /** Navigations per badge measurement, cold and warm each; popup openings. */
  runs: number;
  /** Reloads of the largest seed for the leak check. */
  repeats: number;
  largestSeed: { id: string; chars: number };
}

interface LongTask {
  start: number;
  duration: number;
}

declare global {
  interface Window {
    __plLongTasks?: LongTask[];
  }
}

/** Registered before any page script: long tasks are only observable from the start. */
function observeLongTasks(): void {
  window.__plLongTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__plLongTasks?.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long-task timing in this browser: the count stays 0.
  }
}

interface IsolatedContext {
  id: number;
  origin: string;
  name: string;
  auxData?: { type?: string; frameId?: string };
}

/**
 * The content script keeps its start → idle times on its isolated world's global
 * (src/content/timing.ts), out of the page's reach; the DevTools protocol can evaluate
 * in that world, found by the extension's name among the execution contexts.
 */
async function contentTiming(cdp: CDPSession, contexts: IsolatedContext[]): Promise<{ start: number; idle: number } | null> {
  for (const context of contexts.filter((c) => c.auxData?.type === 'isolated' && c.name === 'Privacy Lights')) {
    const { result } = (await cdp.send('Runtime.evaluate', {
      expression: 'JSON.stringify(globalThis.__privacyLightsTiming ?? null)',
      contextId: context.id,
      returnByValue: true,
    }).catch(() => ({ result: { value: 'null' } }))) as { result: { value?: string } };
    const timing = JSON.parse(result.value ?? 'null') as { start: number; idle?: number } | null;
    if (timing?.idle !== undefined) return { start: timing.start, idle: timing.idle };
  }
  return null;
}

async function contentMarks(page: Page, url: string, runs: number, name: string): Promise<ContentResult> {
  const spans: number[] = [];
  let longTasks = 0;
  let longestTaskMs = 0;
  const cdp = await page.context().newCDPSession(page);
  let contexts: IsolatedContext[] = [];
  cdp.on('Runtime.executionContextCreated', (event: { context: IsolatedContext }) => contexts.push(event.context));
  cdp.on('Runtime.executionContextsCleared', () => (contexts = []));
  await cdp.send('Runtime.enable');
  for (let i = 0; i < runs; i++) {
    await page.goto(url);
    let timing: { start: number; idle: number } | null = null;
    for (let wait = 0; wait < 100 && !timing; wait++) {
      timing = await contentTiming(cdp, contexts);
      if (!timing) await page.waitForTimeout(100);
    }
    if (!timing) throw new Error(`the content script reported no timing on ${url}`);
    await page.waitForTimeout(100); // long tasks are reported after they end
    const found = timing;
    const tasks = await page.evaluate(({ start, idle }) => (window.__plLongTasks ?? []).filter((t) => t.start < idle && t.start + t.duration > start).map((t) => t.duration), found);
    spans.push(found.idle - found.start);
    longTasks += tasks.length;
    longestTaskMs = Math.max(longestTaskMs, ...tasks);
  }
  await cdp.detach();
  return { page: name, startToIdleMs: statOf(spans), longTasks, longestTaskMs };
}

/**
 * Badge and tab queries run in an extension page, not in the worker: they go straight to
 * the browser, so polling neither wakes a stopped worker nor needs Playwright's handle on
 * a restarted one.
 */
async function openPoller(ext: LoadedExtension): Promise<Page> {
  const poller = await ext.context.newPage();
  await poller.goto(`chrome-extension://${ext.extensionId}/src/options/index.html`);
  return poller;
}

async function tabIds(poller: Page): Promise<number[]> {
  return poller.evaluate(async () => (await chrome.tabs.query({})).map((t) => t.id ?? -1));
}

/** A tab of our own, and its id (tabs.query shows no URLs without the "tabs" permission). */
async function newTab(ext: LoadedExtension, poller: Page): Promise<{ page: Page; tabId: number }> {
  const before = new Set(await tabIds(poller));
  const page = await ext.context.newPage();
  const tabId = (await tabIds(poller)).find((id) => !before.has(id));
  if (tabId === undefined) throw new Error('could not find the new tab');
  return { page, tabId };
}

/** Epoch ms at which the tab's badge showed text (or had none, with `empty`). */
function badgeAt(poller: Page, tabId: number, empty = false): Promise<{ at: number; polls: number }> {
  return poller.evaluate(
    async ({ tabId, empty }) => {
      const deadline = Date.now() + 20_000;
      for (let polls = 1; Date.now() < deadline; polls++) {
        const text = await chrome.action.getBadgeText({ tabId });
        if ((text === '') === empty) return { at: Date.now(), polls };
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
      throw new Error('the badge did not change within 20 s');
    },
    { tabId, empty },
  );
}

interface BadgeRuns {
  warm: number[];
  cold: number[];
  /** The woken worker's start (CDP status "starting" → "running"), cold runs only. */
  workerStart: number[];
  /** Cold runs whose worker was woken before the navigation began (not cold after all). */
  wokeEarly: number;
  tab: { page: Page; tabId: number };
}

/** Records when our worker's version reaches each running status (epoch ms). */
async function watchWorkerStatus(context: BrowserContext, page: Page): Promise<{ cdp: CDPSession; events: { status: string; at: number }[] }> {
  const cdp = await context.newCDPSession(page);
  const events: { status: string; at: number }[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', (event: { versions: { runningStatus: string }[] }) => {
    for (const version of event.versions) events.push({ status: version.runningStatus, at: Date.now() });
  });
  await cdp.send('ServiceWorker.enable');
  return { cdp, events };
}

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return true;
}

async function badgeRuns(ext: LoadedExtension, poller: Page, origin: string, seedUrl: string, runs: number): Promise<BadgeRuns> {
  const tab = await newTab(ext, poller);
  const status = await watchWorkerStatus(ext.context, poller);
  const result: BadgeRuns = { warm: [], cold: [], workerStart: [], wokeEarly: 0, tab };
  try {
    for (let i = 0; i < runs * 2; i++) {
      await tab.page.goto(`${origin}/`);
      await badgeAt(poller, tab.tabId, true);
      const cold = i % 2 === 1;
      if (cold) {
        // What the browser does to an idle worker; wait until it is really stopped.
        status.events.length = 0;
        await status.cdp.send('ServiceWorker.stopAllWorkers');
        if (!(await waitFor(() => status.events.at(-1)?.status === 'stopped', 5_000))) throw new Error('the worker did not stop');
        status.events.length = 0;
      }
      const set = badgeAt(poller, tab.tabId);
      const started = Date.now();
      await tab.page.goto(seedUrl);
      const elapsed = (await set).at - started;
      if (!cold) {
        result.warm.push(elapsed);
        continue;
      }
      result.cold.push(elapsed);
      const starting = status.events.find((e) => e.status === 'starting')?.at;
      const running = status.events.find((e) => e.status === 'running')?.at;
      if (starting !== undefined && running !== undefined) result.workerStart.push(running - starting);
      if (starting === undefined || starting < started) result.wokeEarly++;
    }
  } finally {
    await status.cdp.detach().catch(() => undefined);
  }
  return result;
}

async function popupRuns(ext: LoadedExtension, tabId: number, runs: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const popup = await ext.context.newPage();
    const started = Date.now();
    await popup.goto(`chrome-extension://${ext.extensionId}/src/popup/index.html?tabId=${tabId}`);
    await popup.waitForSelector('.pl-light', { timeout: 10_000 });
    times.push(Date.now() - started);
    await popup.close();
  }
  return times;
}

async function memoryRuns(ext: LoadedExtension, poller: Page, tab: { page: Page; tabId: number }, repeats: number): Promise<MemoryResult> {
  const session = await attachToServiceWorker(ext.context, ext.extensionId);
  try {
    const afterLargestSeedBytes = await heapAfterGc(session);
    const reanalyse = async () => {
      await tab.page.reload();
      await badgeAt(poller, tab.tabId);
    };
    for (let i = 0; i < 3; i++) await reanalyse(); // settle caches before the baseline
    const beforeRepeatsBytes = await heapAfterGc(session);
    for (let i = 0; i < repeats; i++) await reanalyse();
    const afterRepeatsBytes = await heapAfterGc(session);
    return { afterLargestSeedBytes, beforeRepeatsBytes, afterRepeatsBytes, repeats, growthBytes: afterRepeatsBytes - beforeRepeatsBytes };
  } finally {
    await session.detach();
  }
}

/** Each stage records its own failure and the rest still run. */
async function attempt<T>(errors: string[], stage: string, run: () => Promise<T>): Promise<T | null> {
  try {
    return await run();
  } catch (error) {
    errors.push(`${stage}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    return null;
  }
}

export async function runChromiumBench(server: FixtureServer, options: ChromiumOptions): Promise<ChromiumResult> {
  const errors: string[] = [];
  const result: ChromiumResult = { content: [], badge: null, popupMs: null, memory: null, errors };
  const ext = await launchExtension();
  try {
    await ext.context.addInitScript(observeLongTasks);
    const seedUrl = `${server.origin}/seeds/${options.largestSeed.id}.html`;
    const page = await ext.context.newPage();
    const pages = [
      { name: 'ordinary page (/article)', url: `${server.origin}/article` },
      { name: `policy page (seed ${options.largestSeed.id})`, url: seedUrl },
    ];
    for (const { name, url } of pages) {
      const measured = await attempt(errors, `content script on ${name}`, () => contentMarks(page, url, options.contentRuns, name));
      if (measured) result.content.push(measured);
    }
    await page.close();

    const poller = await openPoller(ext);
    const badge = await attempt(errors, 'navigation → badge', () => badgeRuns(ext, poller, server.origin, seedUrl, options.runs));
    result.badge = {
      seed: options.largestSeed.id,
      chars: options.largestSeed.chars,
      coldMs: badge && badge.cold.length > 0 ? statOf(badge.cold) : null,
      warmMs: badge && badge.warm.length > 0 ? statOf(badge.warm) : null,
      workerStartMs: badge && badge.workerStart.length > 0 ? statOf(badge.workerStart) : null,
    };
    if (!badge) return result;
    if (badge.wokeEarly > 0) errors.push(`navigation → badge: in ${badge.wokeEarly} cold run(s) the worker was already awake when the navigation began`);
    const popup = await attempt(errors, 'popup → lights', () => popupRuns(ext, badge.tab.tabId, options.runs));
    result.popupMs = popup ? statOf(popup) : null;
    result.memory = await attempt(errors, 'worker heap', () => memoryRuns(ext, poller, badge.tab, options.repeats));
    return result;
  } finally {
    await ext.close();
  }
}
