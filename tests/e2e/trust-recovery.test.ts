/**
 * Nothing is lost (issue 8), in the real extension: settings corrupted, hand-edited or
 * oversized in storage.local load with a notice on the options page and every good site
 * kept; a full storage quota is reported; the worker stopped in the middle of an analysis
 * recovers on the next request and never shows one tab's result on another.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { foreignRequests, type LoadedExtension } from './support/extension';
import { seedIds, type FixtureServer } from './support/server';
import { useBrowserSession } from './support/session';
import { ErrorLog, askWorker, forgetOwnPage, openTab, tabState, waitForState } from './support/trust';
import { META_KEY, SHARD_COUNT, shardKey, shardOf } from '../../src/shared/settings/storage-layout';
import { MAX_SITES } from '../../src/shared/settings/schema';
import type { TabState } from '../../src/shared/messages';

let server: FixtureServer;
let ext: LoadedExtension;
const log = new ErrorLog();

const KEEP = 'keep.example.nl';

useBrowserSession(async (session) => {
  ({ server, ext } = session);
  log.watchOwn(ext);
  const policy = ['We use cookies and pixel tags from advertising partners to track your browsing across websites and show you targeted advertisements.', 'We sell personal data to data brokers.', 'Your personal data may be stored and processed worldwide, including in countries outside the European Economic Area.', 'We share your personal data with service providers who process it on our behalf.'];
  await ext.context.route((url) => url.pathname === '/generated/privacy-big.html', (route) => {
    // ~2 MB of policy: the engine reads its first 400,000 characters, long enough to be stopped.
    const body = Array.from({ length: 3000 }, (_, i) => `<h2>Part ${i}</h2>${policy.map((p) => `<p>${p}</p>`).join('')}`).join('');
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: `<!doctype html><html lang="en"><head><title>Privacy Policy</title></head><body><main><h1>Privacy Policy</h1>${body}</main></body></html>` });
  });
});

/** Writes raw items into the extension's storage.local, then restarts the worker so it loads them. */
async function storeAndRestart(items: Record<string, unknown>, clear = true): Promise<void> {
  await ext.worker.evaluate(async ({ values, wipe }) => {
    const area = chrome.storage.local as chrome.storage.Area & { clear(): Promise<void> };
    if (wipe) await area.clear();
    await area.set(values);
  }, { values: items, wipe: clear });
  ext.worker = await ext.restartWorker();
  forgetOwnPage();
}

async function optionsText(): Promise<string> {
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/src/options/index.html`);
  await options.waitForSelector('text=Defaults for all sites');
  await options.waitForTimeout(300);
  const text = (await options.textContent('body')) ?? '';
  await options.close();
  return text;
}

const settingsGet = async () => {
  const reply = (await askWorker(ext, { type: 'settings.get', payload: {} })) as { ok: true; value: { settings: { global: Record<string, unknown>; sites: Record<string, unknown> }; notices: string[] } };
  assert.equal(reply.ok, true);
  return reply.value;
};

test('corrupted and hand-edited settings: notices on the options page, good sites kept', async () => {
  const junkShard = (shardOf(KEEP) + 1) % SHARD_COUNT;
  await storeAndRestart({
    // Hand-edited: an old schema number and an unknown language; the rest of the global is fine.
    [META_KEY]: { schemaVersion: 1, global: { enabled: true, autoAnalyze: false, uiLanguage: 'klingon' } },
    [shardKey(shardOf(KEEP))]: { [KEEP]: { highlights: false }, 'bad host!': { enabled: false }, 'broken.example': { enabled: 'maybe' } },
    [shardKey(junkShard)]: 'not an object at all',
  });
  const { settings, notices } = await settingsGet();
  assert.deepEqual(settings.sites, { [KEEP]: { highlights: false } });
  assert.equal(settings.global.autoAnalyze, false, 'a good global field was reset with the bad one');
  assert.equal(settings.global.uiLanguage, 'auto');
  const text = await optionsText();
  assert.match(text, /About your settings/);
  for (const expected of [/“uiLanguage” was invalid/, /“schemaVersion” was invalid/, /“bad host!” were invalid/, /“broken\.example” were invalid/, /Part of the site list could not be read/]) {
    assert.match(text, expected);
    assert.ok(notices.some((n) => expected.test(n)), `worker notices lack ${expected}`);
  }
  assert.match(text, /keep\.example\.nl/);
});

test('a wholly unreadable store falls back to defaults with a notice, and the repair sticks', async () => {
  await storeAndRestart({ [META_KEY]: [1, 2, 3], settings: '{"not":"json"' });
  const first = await settingsGet();
  assert.equal(first.settings.global.enabled, true);
  assert.match(first.notices.join('\n'), /default settings could not be read/);
  ext.worker = await ext.restartWorker();
  forgetOwnPage();
  const second = await settingsGet();
  assert.deepEqual(second.settings, first.settings);
});

test('more than 20,000 sites: the extra ones are refused with a notice', async () => {
  assert.equal(MAX_SITES, 20_000, 'the cap changed: rename this test and SECURITY.md');
  const shards: Record<string, Record<string, unknown>> = {};
  const total = MAX_SITES + 500;
  for (let i = 0; i < total; i++) {
    const host = `site${i}.example.com`;
    (shards[shardKey(shardOf(host))] ??= {})[host] = { enabled: false };
  }
  await storeAndRestart({ [META_KEY]: { schemaVersion: 2, global: {} }, ...shards });
  const { settings, notices } = await settingsGet();
  assert.equal(Object.keys(settings.sites).length, MAX_SITES);
  assert.ok(notices.some((n) => n.startsWith('500 sites were left out')), notices.join('\n'));
});

test('a full storage quota is reported when saving, and the change still applies', async () => {
  await storeAndRestart({});
  // Another part of the profile fills storage.local to the brim (10 MB without unlimitedStorage).
  // (No named functions inside evaluate: tsx would wrap them in a helper the worker lacks.)
  const filled = await ext.worker.evaluate(async () => {
    const area = chrome.storage.local as chrome.storage.Area & { getBytesInUse(keys: null): Promise<number>; QUOTA_BYTES: number };
    // An item costs its key plus its JSON; aim for the last byte, then back off until it fits.
    const free = area.QUOTA_BYTES - (await area.getBytesInUse(null)) - 'filler'.length - 2;
    for (let size = free; size > free - 256; size--) {
      const fits = await area.set({ filler: 'x'.repeat(size) }).then(() => true, () => false);
      if (fits) return size;
    }
    return 0;
  });
  assert.ok(filled > 10_000_000, `could only fill ${filled}`);
  const reply = (await askWorker(ext, { type: 'settings.setSite', payload: { host: 'full.example', override: { highlights: false, enabled: false, autoAnalyze: false } } })) as { ok: boolean; error?: string };
  assert.equal(reply.ok, false);
  assert.match(reply.error ?? '', /could not be saved/);
  const { settings } = await settingsGet();
  assert.deepEqual(settings.sites['full.example'], { highlights: false, enabled: false, autoAnalyze: false });
  assert.match(await optionsText(), /could not be saved/);
  await ext.worker.evaluate(() => (chrome.storage.local as chrome.storage.Area & { remove(k: string[]): Promise<void> }).remove(['filler']));
});

test('the worker stopped mid-analysis recovers on the next request; no tab shows another tab’s result', async (t) => {
  await storeAndRestart({});
  const seedTab = await openTab(ext);
  log.watchPage(seedTab.page, 'seed');
  const seedUrl = `${server.origin}/seeds/${seedIds().at(-1)}.html`;
  await seedTab.page.goto(seedUrl);
  const seedReport = await waitForState(ext, seedTab.tabId, ['result']);

  const big: { page: Page; tabId: number } = await openTab(ext);
  log.watchPage(big.page, 'big');
  const bigUrl = `${server.origin}/generated/privacy-big.html`;
  await big.page.goto(bigUrl);
  // Stop the worker while it is busy with the analysis: it is busy when it cannot answer a
  // trivial evaluate within 150 ms (the engine runs synchronously).
  const worker = ext.worker;
  let busy = false;
  for (const deadline = Date.now() + 15_000; !busy && Date.now() < deadline; ) {
    busy = await Promise.race([worker.evaluate(() => false), new Promise<boolean>((resolve) => setTimeout(() => resolve(true), 150))]);
    if (!busy) await new Promise((resolve) => setTimeout(resolve, 30));
  }
  ext.worker = await ext.restartWorker();
  forgetOwnPage();

  const afterStop = await tabState(ext, big.tabId);
  t.diagnostic(`worker stopped while busy: ${busy}; state of the big tab right after the stop: ${afterStop.kind}`);
  assert.ok(busy, 'never caught the worker analysing');
  assert.notEqual(afterStop.kind, 'result', 'the analysis finished before the worker was stopped');
  // The other tab's result survived the restart (storage.session) and is still its own.
  const seedAfter = await tabState(ext, seedTab.tabId);
  assert.equal(seedAfter.kind, 'result');
  assert.equal((seedAfter as Extract<TabState, { kind: 'result' }>).report.url, seedUrl);
  assert.equal((seedAfter as Extract<TabState, { kind: 'result' }>).report.analyzedAt, (seedReport as Extract<TabState, { kind: 'result' }>).report.analyzedAt);

  // The next request (the popup's "Analyse this page") is answered by the new worker.
  const reply = (await askWorker(ext, { type: 'tab.analyze', payload: { tabId: big.tabId } })) as { ok: boolean; error?: string };
  assert.ok(reply.ok, reply.error);
  const recovered = await waitForState(ext, big.tabId, ['result'], 60_000);
  const report = (recovered as Extract<TabState, { kind: 'result' }>).report;
  assert.equal(report.url, bigUrl);
  assert.equal(report.truncated, true);
  const badges = await ext.worker.evaluate((ids: number[]) => Promise.all(ids.map((tabId) => chrome.action.getBadgeText({ tabId }))), [seedTab.tabId, big.tabId]);
  assert.ok(badges.every((b) => b.length > 0), `badges ${badges.join(',')}`);
  await seedTab.page.close();
  await big.page.close();
});

test('nothing crashed and nothing left the machine', (t) => {
  const foreign = foreignRequests(ext, server.origin);
  t.diagnostic(`requests recorded: ${ext.requests.length}; foreign: ${foreign.length}`);
  assert.deepEqual(log.errors, []);
  assert.deepEqual(foreign, []);
});
