/** @jest-environment jsdom */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { createWorker } from '../../src/background/worker';
import { OptionsApp } from '../../src/options/OptionsApp';
import double from '../support/browser-double';

/** The options page against a real worker instance (router, settings store, storage double). */
function connectRealWorker() {
  double.storage.local._raw({});
  double.storage.session._raw({});
  const worker = createWorker({ analyze: () => { throw new Error('not used'); } });
  const sender = { id: double.runtime.id, url: double.runtime.getURL('src/options/index.html') };
  double.runtime.sendMessageHandler = (message) => worker.handleMessage(message, sender);
  return worker;
}

function fileOf(text: string): File {
  const file = new File([text], 'settings.json', { type: 'application/json' });
  // jsdom's File has no text() in every version; the page calls it.
  Object.defineProperty(file, 'text', { value: async () => text });
  return file;
}

async function chooseFile(text: string) {
  const input = screen.getByLabelText('Import settings') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [fileOf(text)], configurable: true });
  fireEvent.change(input);
}

beforeEach(() => {
  double.i18n.uiLanguage = 'en';
});

describe('options page', () => {
  it('lists the sites and edits, removes and resets them', async () => {
    const worker = connectRealWorker();
    const ctx = await worker.ready;
    await ctx.settings.setSite('shop.example.nl', { highlights: false });
    render(<OptionsApp />);
    const row = (await screen.findByRole('rowheader', { name: 'shop.example.nl' })).closest('tr')!;
    const highlights = within(row).getByLabelText('Highlight sentences in the page — shop.example.nl') as HTMLSelectElement;
    expect(highlights.value).toBe('off');
    fireEvent.change(within(row).getByLabelText('Analyse automatically — shop.example.nl'), { target: { value: 'off' } });
    await waitFor(() => expect(ctx.settings.settings.sites['shop.example.nl']).toEqual({ highlights: false, autoAnalyze: false }));
    fireEvent.click(within(row).getByRole('button', { name: 'Remove the settings for shop.example.nl' }));
    await waitFor(() => expect(ctx.settings.settings.sites).toEqual({}));
    expect(await screen.findByText('No site has its own settings yet.')).toBeTruthy();
  });

  it('reset all asks first and then clears every site', async () => {
    const worker = connectRealWorker();
    const ctx = await worker.ready;
    await ctx.settings.setSite('a.example', { enabled: false });
    render(<OptionsApp />);
    await screen.findByRole('rowheader', { name: 'a.example' });
    const confirm = jest.spyOn(window, 'confirm').mockReturnValueOnce(false).mockReturnValueOnce(true);
    fireEvent.click(screen.getByRole('button', { name: 'Reset all settings' }));
    expect(ctx.settings.settings.sites).toEqual({ 'a.example': { enabled: false } });
    fireEvent.click(screen.getByRole('button', { name: 'Reset all settings' }));
    await waitFor(() => expect(ctx.settings.settings.sites).toEqual({}));
    confirm.mockRestore();
  });

  it('importing a bad file is refused with a message and changes nothing', async () => {
    const worker = connectRealWorker();
    const ctx = await worker.ready;
    await ctx.settings.setSite('keep.example', { enabled: false });
    const before = JSON.parse(JSON.stringify(double.storage.local._raw()));
    render(<OptionsApp />);
    await screen.findByRole('rowheader', { name: 'keep.example' });
    await chooseFile('{"format":"privacy-lights-settings","global":{"enabled":"sometimes"}}');
    expect((await screen.findByRole('alert')).textContent).toBe('The file was not imported, nothing changed: The setting “enabled” was invalid and was reset.');
    await chooseFile('this is not json');
    expect(await screen.findByText('The file was not imported, nothing changed: it is not a JSON file.')).toBeTruthy();
    expect(double.storage.local._raw()).toEqual(before);
    expect(ctx.settings.settings.sites).toEqual({ 'keep.example': { enabled: false } });
    expect(screen.getByRole('rowheader', { name: 'keep.example' })).toBeTruthy();
  });

  it('a good file replaces the settings', async () => {
    connectRealWorker();
    render(<OptionsApp />);
    await screen.findByText('No site has its own settings yet.');
    await chooseFile(JSON.stringify({ format: 'privacy-lights-settings', schemaVersion: 2, global: {}, sites: { 'new.example': { highlights: false } } }));
    expect(await screen.findByText('Settings imported.')).toBeTruthy();
    expect(await screen.findByRole('rowheader', { name: 'new.example' })).toBeTruthy();
  });

  it('switching the interface to Dutch shows Dutch text', async () => {
    connectRealWorker();
    render(<OptionsApp />);
    fireEvent.change(await screen.findByLabelText('Interface language'), { target: { value: 'nl' } });
    expect(await screen.findByRole('heading', { name: 'Instellingen van Privacy Lights' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Standaard voor alle sites' })).toBeTruthy();
  });

  it('shows the notices from loading settings', async () => {
    connectRealWorker();
    double.storage.local._raw({ 'settings.global': { schemaVersion: 2, global: { highlights: 'loud' } } });
    const worker = createWorker({ analyze: () => { throw new Error('not used'); } });
    double.runtime.sendMessageHandler = (message) => worker.handleMessage(message, { id: double.runtime.id, url: double.runtime.getURL('src/options/index.html') });
    render(<OptionsApp />);
    expect(await screen.findByText('The setting “highlights” was invalid and was reset.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Got it' }));
    await waitFor(() => expect(screen.queryByText('The setting “highlights” was invalid and was reset.')).toBeNull());
  });

  it('a hostname that is not one is refused when adding a site', async () => {
    connectRealWorker();
    render(<OptionsApp />);
    fireEvent.input(await screen.findByLabelText('Hostname, for example shop.example.nl', { selector: 'input' }), { target: { value: 'not a host' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add site' }));
    expect((await screen.findByRole('alert')).textContent).toBe('That is not a hostname.');
  });
});
