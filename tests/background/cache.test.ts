import { createWorker, type WorkerInstance } from '../../src/background/worker';
import type { PageReport, TabState } from '../../src/shared/messages';
import { contentSender, double, fakeAnalyze, pageSender, pageText, resetBrowser, tabUrls, valueOf } from './support';

beforeEach(resetBrowser);

async function analyse(worker: WorkerInstance, tabId: number, text: string, url = tabUrls.get(tabId)!): Promise<PageReport> {
  return valueOf<PageReport>(await worker.handleMessage({ type: 'page.analyze', payload: pageText(url, text) }, contentSender(tabId, url)));
}

async function stateOf(worker: WorkerInstance, tabId: number): Promise<TabState> {
  return valueOf<TabState>(await worker.handleMessage({ type: 'tab.state', payload: { tabId } }, pageSender()));
}

describe('the per-tab cache', () => {
  it('a restarted worker (a new instance) shows the result from storage.session at once', async () => {
    tabUrls.set(7, 'https://example.test/privacy');
    const first = createWorker({ analyze: fakeAnalyze() });
    const report = await analyse(first, 7, 'seven');
    const restarted = createWorker({ analyze: () => { throw new Error('must not re-analyse'); } });
    const state = await stateOf(restarted, 7);
    expect(state).toEqual({ kind: 'result', report });
  });

  it('a worker killed while an analysis was asked for recovers as idle, not as a spinner forever', async () => {
    tabUrls.set(8, 'https://example.test/privacy');
    double.tabs.sendMessageHandler = async () => ({ ok: true, value: { started: true } });
    const first = createWorker({ analyze: fakeAnalyze() });
    expect(valueOf<TabState>(await first.handleMessage({ type: 'tab.analyze', payload: { tabId: 8 } }, pageSender())).kind).toBe('analysing');
    const restarted = createWorker({ analyze: fakeAnalyze() });
    expect(await stateOf(restarted, 8)).toEqual({ kind: 'idle', url: 'https://example.test/privacy' });
    await analyse(restarted, 8, 'late but fine');
    expect((await stateOf(restarted, 8)).kind).toBe('result');
  });

  it('the same URL and text is served from the cache, not analysed again', async () => {
    tabUrls.set(1, 'https://example.test/privacy');
    let runs = 0;
    const analyze = fakeAnalyze();
    const worker = createWorker({ analyze: (input) => { runs++; return analyze(input); } });
    await analyse(worker, 1, 'same');
    await analyse(worker, 1, 'same');
    expect(runs).toBe(1);
    await analyse(worker, 1, 'changed');
    expect(runs).toBe(2);
  });

  it('an automatic run on a non-policy skips grading; a manual run on the same text grades it', async () => {
    tabUrls.set(1, 'https://example.test/blog');
    const seen: (boolean | undefined)[] = [];
    const analyze = fakeAnalyze({ isPolicy: false });
    const worker = createWorker({ analyze: (input) => { seen.push(input.onlyIfPolicy); return analyze(input); } });
    const send = (trigger: 'auto' | 'manual') =>
      worker.handleMessage({ type: 'page.analyze', payload: pageText('https://example.test/blog', 'same', trigger) }, contentSender(1));
    await send('auto');
    await send('manual');
    await send('auto');
    expect(seen).toEqual([true, false]);
    expect((await stateOf(worker, 1)).kind).toBe('result');
  });

  it('navigation to another URL drops the entry; a fragment jump does not', async () => {
    tabUrls.set(3, 'https://example.test/privacy');
    const worker = createWorker({ analyze: fakeAnalyze() });
    await analyse(worker, 3, 'x');
    await worker.onTabUpdated(3, { url: 'https://example.test/privacy#cookies' });
    expect((await stateOf(worker, 3)).kind).toBe('result');
    await worker.onTabUpdated(3, { url: 'https://example.test/other' });
    tabUrls.set(3, 'https://example.test/other');
    expect(await stateOf(worker, 3)).toEqual({ kind: 'idle', url: 'https://example.test/other' });
    // Also gone from session storage, so a restart does not bring it back.
    expect(await stateOf(createWorker({ analyze: fakeAnalyze() }), 3)).toEqual({ kind: 'idle', url: 'https://example.test/other' });
  });

  it('a navigation the worker was not told about still never shows the old result', async () => {
    tabUrls.set(3, 'https://example.test/privacy');
    const worker = createWorker({ analyze: fakeAnalyze() });
    await analyse(worker, 3, 'x');
    tabUrls.set(3, 'https://elsewhere.test/');
    expect(await stateOf(worker, 3)).toEqual({ kind: 'idle', url: 'https://elsewhere.test/' });
  });

  it('closing the tab drops its entry', async () => {
    tabUrls.set(5, 'https://example.test/privacy');
    const worker = createWorker({ analyze: fakeAnalyze() });
    await analyse(worker, 5, 'x');
    await worker.onTabRemoved(5);
    expect((await stateOf(worker, 5)).kind).toBe('idle');
  });

  it('a result that arrives after its tab navigated is not cached', async () => {
    tabUrls.set(6, 'https://example.test/privacy');
    const worker = createWorker({ analyze: fakeAnalyze() });
    // The content script of the old page reports while the tab already shows another URL.
    await worker.handleMessage({ type: 'page.analyze', payload: pageText('https://example.test/privacy', 'late') }, contentSender(6, 'https://example.test/next'));
    tabUrls.set(6, 'https://example.test/next');
    expect((await stateOf(worker, 6)).kind).toBe('idle');
  });

  it('50 tabs analysing at once never mix results', async () => {
    const worker = createWorker({ analyze: fakeAnalyze() });
    const ids = Array.from({ length: 50 }, (_, i) => i + 100);
    for (const id of ids) tabUrls.set(id, `https://site${id}.test/privacy`);
    const reports = await Promise.all(ids.map((id) => analyse(worker, id, `text of tab ${id}`)));
    reports.forEach((report, i) => expect(report.url).toBe(`https://site${ids[i]}.test/privacy`));
    const restarted = createWorker({ analyze: fakeAnalyze() });
    for (const id of ids) {
      const state = await stateOf(restarted, id);
      if (state.kind !== 'result') throw new Error(`tab ${id}: ${state.kind}`);
      expect(state.report.url).toBe(`https://site${id}.test/privacy`);
      expect(state.report.evidence[0]?.text).toBe(`tracking sentence from text of tab ${id}`);
    }
  });
});
