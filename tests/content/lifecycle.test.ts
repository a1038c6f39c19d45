/**
 * @jest-environment jsdom
 * @jest-environment-options {"url": "https://northwind.example/privacy-policy"}
 */
import { claimPage, contextAlive, Disposer, releasePage } from '../../src/content/lifecycle';
import { installHighlightApi, installRangeLayout, rect } from './dom-stubs';
import { double, installFakeWorker, settle } from './fake-worker';
import { fixtureHtml } from './fixture-pages';

function loadPage(file: string): void {
  const parsed = new DOMParser().parseFromString(fixtureHtml(file), 'text/html');
  document.head.replaceChildren(...Array.from(parsed.head.childNodes).map((node) => document.importNode(node, true)));
  document.body.replaceChildren(...Array.from(parsed.body.childNodes).map((node) => document.importNode(node, true)));
}

describe('Disposer', () => {
  test('runs each cleanup once, newest first, past errors', () => {
    const order: string[] = [];
    const disposer = new Disposer();
    disposer.add(() => order.push('first'));
    disposer.add(() => {
      throw new Error('broken cleanup');
    });
    disposer.add(() => order.push('last'));
    disposer.dispose();
    disposer.dispose();
    expect(order).toEqual(['last', 'first']);
    disposer.add(() => order.push('late'));
    expect(order).toEqual(['last', 'first', 'late']);
  });
});

describe('guard and context', () => {
  test('a second copy on the page tears the first down', () => {
    const first = { teardown: jest.fn() };
    const second = { teardown: jest.fn() };
    claimPage(first);
    claimPage(second);
    expect(first.teardown).toHaveBeenCalledTimes(1);
    expect(second.teardown).not.toHaveBeenCalled();
    releasePage(second);
    claimPage(first);
    expect(second.teardown).not.toHaveBeenCalled();
    releasePage(first);
  });

  test('the context is gone when runtime.id is undefined or throws', () => {
    const id = double.runtime.id;
    expect(contextAlive()).toBe(true);
    (double.runtime as { id: string | undefined }).id = undefined;
    expect(contextAlive()).toBe(false);
    Object.defineProperty(double.runtime, 'id', { configurable: true, get: () => { throw new Error('Extension context invalidated.'); } });
    expect(contextAlive()).toBe(false);
    Object.defineProperty(double.runtime, 'id', { configurable: true, writable: true, value: id });
    expect(contextAlive()).toBe(true);
  });
});

describe('the entry script', () => {
  let api: ReturnType<typeof installHighlightApi>;
  let undoLayout: () => void;
  beforeEach(() => {
    api = installHighlightApi();
    undoLayout = installRangeLayout(() => rect(0, 0, 100, 16));
  });
  afterEach(() => {
    undoLayout();
    api.uninstall();
  });

  test('on a policy: analyses, answers the worker, and tears everything down when the context dies', async () => {
    loadPage('policy-en.html');
    const worker = installFakeWorker({ findings: [{ needle: 'interest-based advertisements', category: 'tracking', level: 'red', reason: 'Ads.' }] });
    const { main } = await import('../../src/content/index');
    await settle();
    expect(worker.types()).toEqual(['site.settings', 'page.analyze']);
    expect(api.registry.size).toBe(1);
    expect(double.runtime.onMessage.listeners.size).toBe(1);

    const [reply] = double.runtime.onMessage.emit({ type: 'content.showSentence', payload: { index: 5 } }, { id: double.runtime.id });
    await expect(reply).resolves.toEqual({ ok: true, value: { found: false } });
    const [forged] = double.runtime.onMessage.emit({ type: 'content.analyzeNow', payload: {} }, { id: 'another-extension' });
    await expect(forged).resolves.toMatchObject({ ok: false });

    // Injected again (extension reloaded): the old copy steps aside, listeners do not pile up.
    main();
    await settle();
    expect(double.runtime.onMessage.listeners.size).toBe(1);

    const id = double.runtime.id;
    (double.runtime as { id: string | undefined }).id = undefined;
    double.runtime.onMessage.emit({ type: 'content.analyzeNow', payload: {} }, { id });
    expect(double.runtime.onMessage.listeners.size).toBe(0);
    expect(api.registry.size).toBe(0);
    expect(api.sheets()).toHaveLength(0);
    (double.runtime as { id: string | undefined }).id = id;
  });
});
