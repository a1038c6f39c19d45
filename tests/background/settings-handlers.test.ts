import { createWorker } from '../../src/background/worker';
import type { Settings } from '../../src/shared/settings/schema';
import type { ResolvedSiteSettings } from '../../src/shared/settings/schema';
import { contentSender, double, errorOf, fakeAnalyze, pageSender, resetBrowser, tabMessages, tabUrls, valueOf } from './support';

beforeEach(resetBrowser);

describe('settings requests', () => {
  it('a site change is pushed to the open tabs of that site', async () => {
    tabUrls.set(1, 'https://shop.example.nl/privacy');
    tabUrls.set(2, 'https://other.test/');
    const worker = createWorker({ analyze: fakeAnalyze() });
    const initial = valueOf<ResolvedSiteSettings>(await worker.handleMessage({ type: 'site.settings', payload: { url: 'https://shop.example.nl/privacy' } }, contentSender(1)));
    expect(initial.highlights).toBe(true);
    await worker.handleMessage({ type: 'site.settings', payload: { url: 'https://other.test/' } }, contentSender(2));
    await worker.handleMessage({ type: 'settings.setSite', payload: { host: 'shop.example.nl', override: { highlights: false } } }, pageSender());
    const pushed = tabMessages.map(({ tabId, message }) => [tabId, (message as { payload: { settings: ResolvedSiteSettings } }).payload.settings.highlights]);
    expect(pushed.sort()).toEqual([[1, false], [2, true]]);
  });

  it('a quota error on save is an error envelope, and the change still applies', async () => {
    const worker = createWorker({ analyze: fakeAnalyze() });
    await worker.ready;
    double.storage.local.failNextSet = new Error('QUOTA_BYTES quota exceeded');
    const reply = await worker.handleMessage({ type: 'settings.setGlobal', payload: { patch: { highlights: false } } }, pageSender());
    expect(errorOf(reply)).toMatch(/could not be saved \(QUOTA_BYTES quota exceeded\)/);
    const got = valueOf<{ settings: Settings; notices: string[] }>(await worker.handleMessage({ type: 'settings.get', payload: {} }, pageSender()));
    expect(got.settings.global.highlights).toBe(false);
    expect(got.notices).toEqual([expect.stringContaining('could not be saved')]);
  });

  it('import of a bad file is refused and changes nothing', async () => {
    const worker = createWorker({ analyze: fakeAnalyze() });
    await worker.handleMessage({ type: 'settings.setSite', payload: { host: 'keep.example', override: { enabled: false } } }, pageSender());
    const before = structuredClone(double.storage.local._raw());
    const bad = JSON.stringify({ format: 'privacy-lights-settings', schemaVersion: 2, sites: { 'x y': { enabled: 1 } } });
    const reply = await worker.handleMessage({ type: 'settings.import', payload: { json: bad } }, pageSender());
    expect(errorOf(reply)).toMatch(/^The file was not imported, nothing changed: /);
    expect(double.storage.local._raw()).toEqual(before);
    const exported = valueOf<{ json: string }>(await worker.handleMessage({ type: 'settings.export', payload: {} }, pageSender()));
    expect(JSON.parse(exported.json).sites).toEqual({ 'keep.example': { enabled: false } });
  });

  it('export then import after a reset restores everything', async () => {
    const worker = createWorker({ analyze: fakeAnalyze() });
    await worker.handleMessage({ type: 'settings.setSite', payload: { host: 'a.example', override: { autoAnalyze: false } } }, pageSender());
    await worker.handleMessage({ type: 'settings.setGlobal', payload: { patch: { uiLanguage: 'nl' } } }, pageSender());
    const { json } = valueOf<{ json: string }>(await worker.handleMessage({ type: 'settings.export', payload: {} }, pageSender()));
    const reset = valueOf<Settings>(await worker.handleMessage({ type: 'settings.resetAll', payload: {} }, pageSender()));
    expect(reset.sites).toEqual({});
    const imported = valueOf<Settings>(await worker.handleMessage({ type: 'settings.import', payload: { json } }, pageSender()));
    expect(imported.sites).toEqual({ 'a.example': { autoAnalyze: false } });
    expect(imported.global.uiLanguage).toBe('nl');
  });

  it('the interface language follows the browser unless the user chose', async () => {
    double.i18n.uiLanguage = 'nl-NL';
    const worker = createWorker({ analyze: fakeAnalyze() });
    expect(valueOf(await worker.handleMessage({ type: 'ui.language', payload: {} }, pageSender()))).toEqual({ language: 'nl', setting: 'auto' });
    await worker.handleMessage({ type: 'settings.setGlobal', payload: { patch: { uiLanguage: 'en' } } }, pageSender());
    expect(valueOf(await worker.handleMessage({ type: 'ui.language', payload: {} }, pageSender()))).toEqual({ language: 'en', setting: 'en' });
  });
});
