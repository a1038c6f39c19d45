/**
 * What a user meets, in real Chromium: a policy page gets its badge, highlights and
 * tooltips; ordinary pages are left alone; the popup shows the lights with evidence;
 * per-site switches persist; the options page and the Dutch interface work.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { foreignRequests, tabIdOf } from './support/extension';
import { useBrowserSession } from './support/session';
import { seedIds } from './support/server';
import { waitForBadge, badgeOf, highlightCounts, firstHighlightPoint, visibleTooltipText } from './support/probe';

const ROOT = join(import.meta.dirname, '..', '..');
const GOLD: Record<string, Record<string, string[]>> = JSON.parse(readFileSync(join(ROOT, 'tests', 'fixtures', 'seed-lights.json'), 'utf8'));
const CATEGORIES = ['tracking', 'sharing', 'transfer'] as const;
// Pages behind the popup get no animation frames, so poll on a timer.
const POLL = { polling: 100 };
const WORST_BADGE: Record<string, string> = { red: '!', amber: '~', green: '✓' };

const session = useBrowserSession();

async function openSeed(id: string): Promise<{ page: Page; tabId: number }> {
  const page = await session.ext.context.newPage();
  await page.goto(`${session.server.origin}/seeds/${id}.html`);
  const tabId = await tabIdOf(session.ext.worker, page);
  return { page, tabId };
}

/** The light each card in the popup shows, in popup order. */
async function popupLights(popup: Page): Promise<string[]> {
  await popup.waitForSelector('.pl-light');
  return popup.$$eval('.pl-light', (cards) =>
    cards.map((card) => /pl-light-(red|amber|green|unknown)/.exec(card.className)?.[1] ?? '?'),
  );
}

test('on every seed page the badge shows the worst light and the evidence is highlighted', async () => {
  for (const id of seedIds()) {
    const { page, tabId } = await openSeed(id);
    const badge = await waitForBadge(session.ext.worker, tabId);
    const gold = GOLD[id]!;
    const worst = ['red', 'amber', 'green'].find((level) => CATEGORIES.some((c) => gold[c]!.includes(level)))!;
    assert.equal(badge.text, WORST_BADGE[worst], `${id}: badge ${badge.text}`);
    assert.match(badge.title, /Tracking: \w+ · Sharing: \w+ · Transfer: \w+/);
    await page.waitForFunction(() => ((CSS as unknown as { highlights?: Map<string, unknown> }).highlights?.size ?? 0) > 0, undefined, POLL);
    const counts = await highlightCounts(page);
    assert.ok(Object.values(counts).reduce((a, b) => a + b, 0) > 0, `${id}: no highlighted ranges`);
    await page.close();
  }
});

test('hovering a highlighted sentence shows its reason in a tooltip', async () => {
  const { page } = await openSeed(seedIds()[2]!);
  await page.waitForFunction(() => ((CSS as unknown as { highlights?: Map<string, unknown> }).highlights?.size ?? 0) > 0, undefined, POLL);
  const point = await firstHighlightPoint(page, 'pl-r');
  assert.ok(point, 'no red highlight to hover');
  await page.mouse.move(point.x, point.y);
  let text: string | null = null;
  for (let i = 0; i < 30 && !text; i++) {
    await page.waitForTimeout(100);
    text = await visibleTooltipText(page);
  }
  assert.ok(text, 'no tooltip appeared');
  assert.match(text, /Tracking|Sharing|Transfer/);
  assert.match(text, /red/i);
  mkdirSync(join(ROOT, 'docs'), { recursive: true });
  await page.screenshot({ path: join(ROOT, 'docs', 'page-tooltip.png') });
  await page.close();
});

test('ordinary pages get no badge, no highlight and no analysis', async () => {
  for (const path of ['/', '/article', '/products']) {
    const page = await session.ext.context.newPage();
    await page.goto(`${session.server.origin}${path}`);
    const tabId = await tabIdOf(session.ext.worker, page);
    await page.waitForTimeout(600);
    assert.deepEqual(await highlightCounts(page), {}, `${path} was highlighted`);
    const traces = await page.evaluate(() => ({
      marks: performance.getEntriesByType('mark').map((m) => m.name),
      timing: '__privacyLightsTiming' in window,
      hosts: document.documentElement.children.length,
    }));
    assert.deepEqual(traces, { marks: [], timing: false, hosts: 2 }, `${path} shows traces of the extension`);
    assert.equal((await badgeOf(session.ext.worker, tabId)).text, '', `${path} got a badge`);
    const cached = await session.ext.worker.evaluate(async (id: number) => Object.keys(await chrome.storage.session.get(null)).filter((k) => k.includes(String(id))), tabId);
    assert.deepEqual(cached, [], `${path} was analysed`);
    await page.close();
  }
});

test('the popup shows the three expected lights with their evidence, and a screenshot for the README', async () => {
  const id = seedIds()[2]!;
  const { page, tabId } = await openSeed(id);
  await waitForBadge(session.ext.worker, tabId);
  const popup = await session.ext.openPopup(page);
  await popup.setViewportSize({ width: 380, height: 720 });
  const lights = await popupLights(popup);
  assert.equal(lights.length, 3);
  CATEGORIES.forEach((category, i) => assert.ok(GOLD[id]![category]!.includes(lights[i]!), `${category}: ${lights[i]}`));
  await popup.click('.pl-light >> nth=0 >> button.pl-link-button');
  await popup.waitForSelector('#pl-evidence-tracking li');
  assert.ok((await popup.$$('#pl-evidence-tracking li')).length > 0);
  const scrollsSideways = await popup.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
  assert.equal(scrollsSideways, false);
  mkdirSync(join(ROOT, 'docs'), { recursive: true });
  await popup.screenshot({ path: join(ROOT, 'docs', 'popup-light.png'), fullPage: true });
  await popup.emulateMedia({ colorScheme: 'dark' });
  await popup.screenshot({ path: join(ROOT, 'docs', 'popup-dark.png'), fullPage: true });
  await popup.close();
  await page.close();
});

test('switching highlights off for the site removes them, across a reload and a worker restart', async () => {
  const id = seedIds()[4]!;
  const { page, tabId } = await openSeed(id);
  await waitForBadge(session.ext.worker, tabId);
  await page.waitForFunction(() => ((CSS as unknown as { highlights?: Map<string, unknown> }).highlights?.size ?? 0) > 0, undefined, POLL);
  const popup = await session.ext.openPopup(page);
  await popup.waitForSelector('.pl-site');
  const highlightsSwitch = popup.locator('.pl-toggle', { hasText: /highlight/i }).locator('input');
  await highlightsSwitch.uncheck();
  await page.waitForFunction(() => ((CSS as unknown as { highlights?: Map<string, unknown> }).highlights?.size ?? 0) === 0, undefined, { ...POLL, timeout: 5_000 });
  await popup.close();

  await page.reload();
  await waitForBadge(session.ext.worker, tabId);
  await page.waitForTimeout(500);
  assert.deepEqual(await highlightCounts(page), {}, 'highlights came back after a reload');

  session.ext.worker = await session.ext.restartWorker();
  await page.reload();
  await waitForBadge(session.ext.worker, tabId);
  await page.waitForTimeout(500);
  assert.deepEqual(await highlightCounts(page), {}, 'highlights came back after a worker restart');

  const options = await session.ext.context.newPage();
  await options.goto(`chrome-extension://${session.ext.extensionId}/src/options/index.html`);
  await options.waitForSelector('text=127.0.0.1');
  options.once('dialog', (dialog) => void dialog.accept());
  await options.getByRole('button', { name: /reset all/i }).click();
  await options.waitForFunction(() => !document.body.innerText.includes('127.0.0.1'), undefined, { ...POLL, timeout: 5_000 });
  await options.close();
  await page.reload();
  await page.waitForFunction(() => ((CSS as unknown as { highlights?: Map<string, unknown> }).highlights?.size ?? 0) > 0, undefined, { ...POLL, timeout: 15_000 });
  await page.close();
});

test('choosing Dutch in the options shows the popup in Dutch', async () => {
  const options = await session.ext.context.newPage();
  await options.goto(`chrome-extension://${session.ext.extensionId}/src/options/index.html`);
  await options.locator('select').filter({ has: options.locator('option[value="nl"]') }).selectOption('nl');
  await options.waitForTimeout(300);
  const { page, tabId } = await openSeed(seedIds()[0]!);
  await waitForBadge(session.ext.worker, tabId);
  const popup = await session.ext.openPopup(page);
  await popup.waitForSelector('.pl-light');
  const text = (await popup.textContent('body')) ?? '';
  assert.match(text, /Delen|Doorgifte/);
  assert.doesNotMatch(text, /International transfer/);
  await options.locator('select').filter({ has: options.locator('option[value="nl"]') }).selectOption('auto');
  await popup.close();
  await page.close();
  await options.close();
});

test('nothing left the machine while the extension worked', () => {
  assert.deepEqual(foreignRequests(session.ext, session.server.origin), []);
});
