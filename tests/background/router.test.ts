import { createWorker } from '../../src/background/worker';
import type { PageReport } from '../../src/shared/messages';
import { contentSender, double, errorOf, fakeAnalyze, pageSender, pageText, resetBrowser, tabUrls, valueOf } from './support';

beforeEach(resetBrowser);

describe('router tiers', () => {
  it('refuses a sender with another extension id', async () => {
    const worker = createWorker({ analyze: fakeAnalyze() });
    const reply = await worker.handleMessage({ type: 'settings.get', payload: {} }, { ...pageSender(), id: 'evil-extension' });
    expect(errorOf(reply)).toMatch(/unknown sender/);
  });

  it('refuses a sender that is neither an extension page nor a tab', async () => {
    const worker = createWorker({ analyze: fakeAnalyze() });
    const reply = await worker.handleMessage({ type: 'settings.get', payload: {} }, { id: double.runtime.id, url: 'https://evil.example/' });
    expect(errorOf(reply)).toMatch(/unknown sender/);
  });

  it('refuses a subframe pretending to be our content script', async () => {
    tabUrls.set(1, 'https://example.test/');
    const worker = createWorker({ analyze: fakeAnalyze() });
    const reply = await worker.handleMessage({ type: 'site.settings', payload: { url: 'https://example.test/' } }, { ...contentSender(1), frameId: 3 });
    expect(errorOf(reply)).toMatch(/unknown sender/);
  });

  it.each(['tab.state', 'settings.setSite', 'settings.import', 'settings.export', 'tab.analyze'])('a content script may not send %s', async (type) => {
    tabUrls.set(1, 'https://example.test/');
    const worker = createWorker({ analyze: fakeAnalyze() });
    const reply = await worker.handleMessage({ type, payload: { tabId: 2 } }, contentSender(1));
    expect(errorOf(reply)).toMatch(/not allowed from a content script/);
  });

  it('an extension page may not pose as a content script', async () => {
    const worker = createWorker({ analyze: fakeAnalyze() });
    const reply = await worker.handleMessage({ type: 'page.analyze', payload: pageText('https://a.test/', 'x') }, pageSender());
    expect(errorOf(reply)).toMatch(/only from a content script/);
  });

  it.each([
    [{ type: 'tabs.remove', payload: {} }],
    [{ type: '__proto__', payload: {} }],
    [{ payload: {} }],
    ['settings.get'],
    [null],
    [{ type: 'settings.get' }],
  ])('refuses an unknown or shapeless message %j', async (message) => {
    const worker = createWorker({ analyze: fakeAnalyze() });
    expect(errorOf(await worker.handleMessage(message, pageSender()))).toMatch(/unknown message type/);
  });

  it.each([
    ['tab.state', { tabId: 'one' }],
    ['settings.setGlobal', { patch: { enabled: 1 } }],
    ['settings.setSite', { host: '<script>', override: {} }],
    ['tab.showSentence', { tabId: 1, index: -1 }],
  ])('refuses a malformed payload for %s', async (type, payload) => {
    const worker = createWorker({ analyze: fakeAnalyze() });
    expect(errorOf(await worker.handleMessage({ type, payload }, pageSender()))).toMatch(/malformed payload/);
  });

  it('a content script cannot name another tab: the tab id comes from the sender', async () => {
    tabUrls.set(1, 'https://one.test/privacy');
    tabUrls.set(2, 'https://two.test/privacy');
    const worker = createWorker({ analyze: fakeAnalyze() });
    // A forged tabId in the payload is ignored; the analysis lands on the sender's tab 1.
    const payload = { ...pageText('https://one.test/privacy', 'one'), tabId: 2 };
    valueOf(await worker.handleMessage({ type: 'page.analyze', payload }, contentSender(1)));
    expect(valueOf<{ kind: string }>(await worker.handleMessage({ type: 'tab.state', payload: { tabId: 2 } }, pageSender())).kind).toBe('idle');
    expect(valueOf<{ kind: string }>(await worker.handleMessage({ type: 'tab.state', payload: { tabId: 1 } }, pageSender())).kind).toBe('result');
  });

  it('a handler that throws becomes an error envelope', async () => {
    tabUrls.set(1, 'https://example.test/privacy');
    const worker = createWorker({ analyze: () => { throw new Error('engine broke'); } });
    const reply = await worker.handleMessage({ type: 'page.analyze', payload: pageText('https://example.test/privacy', 'x') }, contentSender(1));
    expect(errorOf(reply)).toBe('engine broke');
  });

  it('answers only after it is ready, with the stored settings', async () => {
    double.storage.local._raw({ 'settings.global': { schemaVersion: 2, global: { uiLanguage: 'nl' } } });
    const worker = createWorker({ analyze: fakeAnalyze() });
    const reply = await worker.handleMessage({ type: 'ui.language', payload: {} }, pageSender());
    expect(valueOf(reply)).toEqual({ language: 'nl', setting: 'nl' });
  });

  it('builds a report with localized reasons for the sender', async () => {
    tabUrls.set(4, 'https://example.test/privacy');
    const worker = createWorker({ analyze: fakeAnalyze() });
    const report = valueOf<PageReport>(await worker.handleMessage({ type: 'page.analyze', payload: pageText('https://example.test/privacy', 'text') }, contentSender(4)));
    expect(report.summary).toEqual({ tracking: 'red', sharing: 'amber', transfer: 'unknown' });
    expect(report.evidence).toHaveLength(2);
    // reason_test_* does not exist, so the generic reason names category and level.
    expect(report.evidence[0]?.findings[0]?.reason).toBe('Tracking: rated red');
    expect(report.ranking.tracking).toEqual([0]);
  });
});
