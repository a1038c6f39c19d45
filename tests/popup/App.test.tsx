/** @jest-environment jsdom */
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { App } from '../../src/popup/App';
import type { TabState } from '../../src/shared/messages';
import { DEFAULT_SETTINGS, type Settings } from '../../src/shared/settings/schema';
import { calls } from '../support/browser-double';
import { double, fakeWorker, report, sent } from './support';

const url = 'https://shop.example.nl/privacy';

function settingsWith(sites: Settings['sites']): Settings {
  return { ...DEFAULT_SETTINGS, global: { ...DEFAULT_SETTINGS.global }, sites };
}

beforeEach(() => {
  double.tabs.query = async () => [{ id: 7, url }];
});

describe('popup App', () => {
  it('asks about the active tab and shows its result with the site toggles', async () => {
    fakeWorker({
      'ui.language': () => ({ language: 'en', setting: 'auto' }),
      'settings.get': () => ({ settings: settingsWith({}), notices: [] }),
      'tab.state': () => ({ kind: 'result', report }),
    });
    render(<App />);
    expect(await screen.findByRole('region', { name: /^Tracking: Red\./ })).toBeTruthy();
    expect(sent.find((m) => m.type === 'tab.state')?.payload).toEqual({ tabId: 7 });
    expect(screen.getByRole('group', { name: 'Settings for shop.example.nl' })).toBeTruthy();
    expect((screen.getByRole('switch', { name: 'Highlight sentences in the page' }) as HTMLInputElement).checked).toBe(true);
  });

  it('a toggle writes a sparse override for this site; switching back clears it', async () => {
    let settings = settingsWith({});
    fakeWorker({
      'ui.language': () => ({ language: 'en', setting: 'auto' }),
      'settings.get': () => ({ settings, notices: [] }),
      'tab.state': () => ({ kind: 'result', report }),
      'settings.setSite': (payload) => {
        const { host, override } = payload as { host: string; override: Settings['sites'][string] };
        settings = settingsWith(Object.values(override).some((v) => typeof v === 'boolean') ? { [host]: override } : {});
        return settings;
      },
    });
    render(<App />);
    const highlights = (await screen.findByRole('switch', { name: 'Highlight sentences in the page' })) as HTMLInputElement;
    fireEvent.click(highlights);
    await waitFor(() => expect(highlights.checked).toBe(false));
    expect(sent.filter((m) => m.type === 'settings.setSite').map((m) => m.payload)).toEqual([{ host: 'shop.example.nl', override: { highlights: false } }]);
    fireEvent.click(highlights);
    await waitFor(() => expect(highlights.checked).toBe(true));
    expect(sent.filter((m) => m.type === 'settings.setSite')[1]?.payload).toEqual({ host: 'shop.example.nl', override: { highlights: null } });
  });

  it('a switch decided by a parent host says so', async () => {
    fakeWorker({
      'ui.language': () => ({ language: 'en', setting: 'auto' }),
      'settings.get': () => ({ settings: settingsWith({ 'example.nl': { autoAnalyze: false } }), notices: [] }),
      'tab.state': () => ({ kind: 'result', report }),
    });
    render(<App />);
    const auto = (await screen.findByRole('switch', { name: /Analyse automatically/ })) as HTMLInputElement;
    expect(auto.checked).toBe(false);
    expect(screen.getByText('(set for example.nl)')).toBeTruthy();
  });

  it('analyse: idle → analysing → result, polling the worker', async () => {
    const states: TabState[] = [{ kind: 'idle', url }, { kind: 'analysing', url }, { kind: 'result', report }];
    fakeWorker({
      'ui.language': () => ({ language: 'en', setting: 'auto' }),
      'settings.get': () => ({ settings: settingsWith({}), notices: [] }),
      'tab.state': () => states.shift() ?? { kind: 'result', report },
      'tab.analyze': () => states.shift(),
    });
    render(<App />);
    fireEvent.click(await screen.findByRole('button', { name: 'Analyse this page' }));
    expect(await screen.findByRole('progressbar')).toBeTruthy();
    expect(await screen.findByRole('region', { name: /^Tracking: Red\./ }, { timeout: 3000 })).toBeTruthy();
    expect(sent.find((m) => m.type === 'tab.analyze')?.payload).toEqual({ tabId: 7 });
  });

  it('?tabId=<id> names the tab when the popup is opened as a page', async () => {
    window.history.pushState({}, '', '/popup.html?tabId=9');
    double.tabs.get = async (id: number) => ({ id, url: 'https://other.example/privacy' });
    fakeWorker({
      'ui.language': () => ({ language: 'en', setting: 'auto' }),
      'settings.get': () => ({ settings: settingsWith({}), notices: [] }),
      'tab.state': () => ({ kind: 'idle', url: 'https://other.example/privacy' }),
    });
    render(<App />);
    expect(await screen.findByText('other.example')).toBeTruthy();
    expect(sent.find((m) => m.type === 'tab.state')?.payload).toEqual({ tabId: 9 });
    window.history.pushState({}, '', '/popup.html');
  });

  it('follows the interface language the worker reports', async () => {
    fakeWorker({
      'ui.language': () => ({ language: 'nl', setting: 'nl' }),
      'settings.get': () => ({ settings: settingsWith({}), notices: [] }),
      'tab.state': () => ({ kind: 'idle', url }),
    });
    render(<App />);
    expect(await screen.findByRole('button', { name: 'Lees deze pagina' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Alle instellingen' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('nl');
  });

  it('a worker that does not answer becomes an error state, not a blank popup', async () => {
    fakeWorker({});
    render(<App />);
    expect(await screen.findByRole('heading', { name: 'Something went wrong' })).toBeTruthy();
  });

  it('a failed save is shown, and the switch shows what is in force', async () => {
    fakeWorker({
      'ui.language': () => ({ language: 'en', setting: 'auto' }),
      'settings.get': () => ({ settings: settingsWith({}), notices: [] }),
      'tab.state': () => ({ kind: 'result', report }),
      'settings.setSite': () => { throw new Error('Your settings could not be saved (quota).'); },
    });
    render(<App />);
    fireEvent.click(await screen.findByRole('switch', { name: 'Analyse automatically' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Your settings could not be saved (quota).');
  });

  it('the options link opens the options page', async () => {
    fakeWorker({
      'ui.language': () => ({ language: 'en', setting: 'auto' }),
      'settings.get': () => ({ settings: settingsWith({}), notices: [] }),
      'tab.state': () => ({ kind: 'restricted', url: 'chrome://newtab/' }),
    });
    double.tabs.query = async () => [{ id: 7, url: 'chrome://newtab/' }];
    render(<App />);
    calls.length = 0;
    fireEvent.click(await screen.findByRole('button', { name: 'All settings' }));
    expect(calls.map((c) => c.method)).toEqual(['runtime.openOptionsPage']);
    // A restricted page has no site switches to offer.
    expect(screen.queryByRole('group')).toBeNull();
  });
});
