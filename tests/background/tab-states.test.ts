import { createWorker, type WorkerInstance } from '../../src/background/worker';
import type { TabState } from '../../src/shared/messages';
import { contentSender, double, errorOf, fakeAnalyze, pageSender, pageText, resetBrowser, tabMessages, tabUrls, valueOf } from './support';

beforeEach(resetBrowser);

const ask = async (worker: WorkerInstance, type: 'tab.state' | 'tab.analyze', tabId: number) =>
  valueOf<TabState>(await worker.handleMessage({ type, payload: { tabId } }, pageSender()));

describe('tab states', () => {
  it.each([
    'chrome://extensions/',
    'edge://settings',
    'about:blank',
    'https://chromewebstore.google.com/detail/abc',
    'https://chrome.google.com/webstore/category/extensions',
    'https://addons.mozilla.org/en-US/firefox/',
    'file:///home/me/policy.html',
  ])('%s is restricted', async (url) => {
    tabUrls.set(1, url);
    const worker = createWorker({ analyze: fakeAnalyze() });
    expect(await ask(worker, 'tab.state', 1)).toEqual({ kind: 'restricted', url });
    expect(await ask(worker, 'tab.analyze', 1)).toEqual({ kind: 'restricted', url });
    expect(tabMessages).toEqual([]);
  });

  it('a tab whose URL we may not see is restricted', async () => {
    tabUrls.set(1, undefined);
    expect((await ask(createWorker({ analyze: fakeAnalyze() }), 'tab.state', 1)).kind).toBe('restricted');
  });

  it('when the browser hides the URL, the one our content script reported stands until the tab loads again', async () => {
    tabUrls.set(1, undefined);
    const worker = createWorker({ analyze: fakeAnalyze() });
    await worker.handleMessage({ type: 'page.analyze', payload: pageText('https://example.test/privacy', 'x') }, contentSender(1, 'https://example.test/privacy'));
    expect((await ask(worker, 'tab.state', 1)).kind).toBe('result');
    await worker.onTabUpdated(1, { status: 'loading' });
    expect((await ask(worker, 'tab.state', 1)).kind).toBe('restricted');
  });

  it('a closed tab is an error with a message', async () => {
    const state = await ask(createWorker({ analyze: fakeAnalyze() }), 'tab.state', 404);
    expect(state).toEqual({ kind: 'error', url: '', message: 'This tab is no longer open.' });
  });

  it('a site switched off is disabled, and its content script may not analyse', async () => {
    tabUrls.set(2, 'https://shop.example.nl/privacy');
    const worker = createWorker({ analyze: fakeAnalyze() });
    await worker.handleMessage({ type: 'settings.setSite', payload: { host: 'example.nl', override: { enabled: false } } }, pageSender());
    expect(await ask(worker, 'tab.state', 2)).toEqual({ kind: 'disabled', url: 'https://shop.example.nl/privacy', host: 'shop.example.nl' });
    const reply = await worker.handleMessage({ type: 'page.analyze', payload: pageText('https://shop.example.nl/privacy', 'x') }, contentSender(2));
    expect(errorOf(reply)).toBe('Privacy Lights is off on this site');
  });

  it('tab.analyze asks the content script and reports analysing, then the result', async () => {
    tabUrls.set(3, 'https://example.test/privacy');
    double.tabs.sendMessageHandler = async (tabId, message) => {
      tabMessages.push({ tabId, message });
      return { ok: true, value: { started: true } };
    };
    const worker = createWorker({ analyze: fakeAnalyze() });
    expect(await ask(worker, 'tab.analyze', 3)).toEqual({ kind: 'analysing', url: 'https://example.test/privacy' });
    expect(tabMessages).toEqual([{ tabId: 3, message: { type: 'content.analyzeNow', payload: {} } }]);
    expect((await ask(worker, 'tab.state', 3)).kind).toBe('analysing');
    await worker.handleMessage({ type: 'page.analyze', payload: pageText('https://example.test/privacy', 'x', 'manual') }, contentSender(3));
    expect((await ask(worker, 'tab.state', 3)).kind).toBe('result');
  });

  it('without a content script tab.analyze says to reload', async () => {
    tabUrls.set(3, 'https://example.test/privacy');
    double.tabs.sendMessageHandler = async () => { throw new Error('Could not establish connection. Receiving end does not exist.'); };
    const state = await ask(createWorker({ analyze: fakeAnalyze() }), 'tab.analyze', 3);
    expect(state).toEqual({ kind: 'error', url: 'https://example.test/privacy', message: expect.stringContaining('Reload the page and try again') });
  });

  it('an analysis that never reports back times out into an error', async () => {
    tabUrls.set(3, 'https://example.test/privacy');
    double.tabs.sendMessageHandler = async () => ({ ok: true, value: { started: true } });
    let now = 1_000;
    const worker = createWorker({ analyze: fakeAnalyze(), now: () => now });
    await ask(worker, 'tab.analyze', 3);
    now += 61_000;
    expect((await ask(worker, 'tab.state', 3)).kind).toBe('error');
  });

  it('not a policy (auto) asks to analyse anyway; the manual run shows the result', async () => {
    tabUrls.set(3, 'https://example.test/blog');
    const worker = createWorker({ analyze: fakeAnalyze({ isPolicy: false, policyScore: 0.1 }) });
    await worker.handleMessage({ type: 'page.analyze', payload: pageText('https://example.test/blog', 'x') }, contentSender(3));
    expect(await ask(worker, 'tab.state', 3)).toEqual({ kind: 'not-policy', url: 'https://example.test/blog', policyScore: 0.1 });
    await worker.handleMessage({ type: 'page.analyze', payload: pageText('https://example.test/blog', 'x', 'manual') }, contentSender(3));
    expect((await ask(worker, 'tab.state', 3)).kind).toBe('result');
  });

  it('an unsupported language is its own state', async () => {
    tabUrls.set(3, 'https://example.de/datenschutz');
    const worker = createWorker({ analyze: fakeAnalyze({ language: 'de', languageSupported: false }) });
    await worker.handleMessage({ type: 'page.analyze', payload: pageText('https://example.de/datenschutz', 'x') }, contentSender(3));
    expect(await ask(worker, 'tab.state', 3)).toEqual({ kind: 'unsupported-language', url: 'https://example.de/datenschutz', language: 'de' });
  });

  it('show in page forwards to the tab and survives a missing content script', async () => {
    tabUrls.set(3, 'https://example.test/privacy');
    double.tabs.sendMessageHandler = async (tabId, message) => {
      tabMessages.push({ tabId, message });
      return { ok: true, value: { found: true } };
    };
    const worker = createWorker({ analyze: fakeAnalyze() });
    expect(valueOf(await worker.handleMessage({ type: 'tab.showSentence', payload: { tabId: 3, index: 4 } }, pageSender()))).toEqual({ found: true });
    expect(tabMessages[0]).toEqual({ tabId: 3, message: { type: 'content.showSentence', payload: { index: 4 } } });
    double.tabs.sendMessageHandler = async () => { throw new Error('gone'); };
    expect(valueOf(await worker.handleMessage({ type: 'tab.showSentence', payload: { tabId: 3, index: 4 } }, pageSender()))).toEqual({ found: false });
  });

  it('ui.openPopup reports whether the popup opened', async () => {
    tabUrls.set(3, 'https://example.test/privacy');
    const worker = createWorker({ analyze: fakeAnalyze() });
    expect(valueOf(await worker.handleMessage({ type: 'ui.openPopup', payload: { index: 0 } }, contentSender(3)))).toEqual({ opened: false });
    const action = double.action as unknown as { openPopup?: () => Promise<void> };
    action.openPopup = async () => undefined;
    expect(valueOf(await worker.handleMessage({ type: 'ui.openPopup', payload: { index: 0 } }, contentSender(3)))).toEqual({ opened: true });
    action.openPopup = async () => { throw new Error('no focused window'); };
    expect(valueOf(await worker.handleMessage({ type: 'ui.openPopup', payload: { index: 0 } }, contentSender(3)))).toEqual({ opened: false });
    delete action.openPopup;
  });
});
