/** @jest-environment jsdom */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import type { TabState } from '../../src/shared/messages';
import { StateView } from '../../src/popup/StateView';
import { fakeWorker, report, sent, withLang } from './support';

const url = 'https://shop.example.nl/privacy';

function show(state: TabState, lang: 'en' | 'nl' = 'en') {
  const actions = { analyse: jest.fn(), enableSite: jest.fn(), retry: jest.fn() };
  render(withLang(lang, <StateView state={state} tabId={7} lang={lang} actions={actions} />));
  return actions;
}

describe('popup states', () => {
  it('idle: not analysed yet, with the analyse button', () => {
    const actions = show({ kind: 'idle', url });
    expect(screen.getByRole('heading', { name: 'Not analysed yet' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Analyse this page' }));
    expect(actions.analyse).toHaveBeenCalledTimes(1);
  });

  it('analysing: a labelled spinner', () => {
    show({ kind: 'analysing', url });
    expect(screen.getByRole('progressbar', { name: 'Reading the policy…' })).toBeTruthy();
  });

  it('not a policy: offers to analyse anyway', () => {
    const actions = show({ kind: 'not-policy', url, policyScore: 0.1 });
    expect(screen.getByText('This does not look like a privacy policy')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Analyse this page anyway' }));
    expect(actions.analyse).toHaveBeenCalledTimes(1);
  });

  it('unsupported language names the language', () => {
    show({ kind: 'unsupported-language', url, language: 'de' });
    expect(screen.getByText(/This page seems to be in German\./)).toBeTruthy();
  });

  it('restricted page says why', () => {
    show({ kind: 'restricted', url: 'chrome://extensions/' });
    expect(screen.getByText('Privacy Lights cannot read this page')).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('disabled on this site offers to switch it on', () => {
    const actions = show({ kind: 'disabled', url, host: 'shop.example.nl' });
    expect(screen.getByText('You switched Privacy Lights off for shop.example.nl.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Switch on for this site' }));
    expect(actions.enableSite).toHaveBeenCalledTimes(1);
  });

  it('error shows what to do and retries', () => {
    const actions = show({ kind: 'error', url, message: 'Reload the page and try again.' });
    expect(screen.getByText('Reload the page and try again.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(actions.retry).toHaveBeenCalledTimes(1);
  });

  it('result: three lights with colour word and verdict, never colour alone', () => {
    show({ kind: 'result', report });
    expect(screen.getByRole('region', { name: 'Tracking: Red. Tracks you for advertising or profiling' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Sharing: Amber. Shares your data with service providers or group companies' })).toBeTruthy();
    expect(screen.getByRole('region', { name: /^International transfer: Unknown\./ })).toBeTruthy();
    expect(screen.queryByText(/Only the first/)).toBeNull();
  });

  it('result: evidence expands, and "Show in page" asks the worker for that sentence', async () => {
    fakeWorker({ 'tab.showSentence': () => ({ found: false }) });
    show({ kind: 'result', report });
    const tracking = screen.getByRole('region', { name: /^Tracking:/ });
    const toggle = within(tracking).getByRole('button', { name: 'Show why (1)' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByText('We use advertising cookies from partners.')).toBeTruthy();
    expect(screen.getByText('Third-party advertising cookies')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Show in page' }));
    await waitFor(() => expect(sent).toEqual([{ type: 'tab.showSentence', payload: { tabId: 7, index: 2 } }]));
    expect(await screen.findByText('This sentence could not be found in the page any more.')).toBeTruthy();
  });

  it('result: a long evidence list shows the worst three first, the rest on request', () => {
    const many = Array.from({ length: 5 }, (_, i) => ({ ...report.evidence[0]!, index: 10 + i, text: `Sentence ${i}` }));
    show({ kind: 'result', report: { ...report, evidence: many, ranking: { tracking: many.map((s) => s.index), sharing: [], transfer: [] } } });
    fireEvent.click(screen.getByRole('button', { name: 'Show why (5)' }));
    expect(screen.getAllByText(/^Sentence \d$/)).toHaveLength(3);
    fireEvent.click(screen.getByRole('button', { name: 'Show all 5' }));
    expect(screen.getAllByText(/^Sentence \d$/)).toHaveLength(5);
  });

  it('result: a truncated report says how much was read', () => {
    show({ kind: 'result', report: { ...report, truncated: true } });
    expect(screen.getByText('Only the first 400,000 characters were analysed.')).toBeTruthy();
  });

  it('result in Dutch', () => {
    show({ kind: 'result', report }, 'nl');
    expect(screen.getByRole('region', { name: 'Tracking: Rood. Volgt je voor advertenties of profilering' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Kopieer samenvatting' })).toBeTruthy();
  });

  it('"Copy summary" writes plain text and confirms it', async () => {
    const writeText = jest.fn(async (_text: string) => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    show({ kind: 'result', report });
    fireEvent.click(screen.getByRole('button', { name: 'Copy summary' }));
    expect(await screen.findByText('Summary copied')).toBeTruthy();
    const text = writeText.mock.calls[0]?.[0] ?? '';
    expect(text).toContain('Tracking: Red — Tracks you for advertising or profiling');
    expect(text).toContain('• Third-party advertising cookies — “We use advertising cookies from partners.”');
    expect(text).toContain('Page: https://shop.example.nl/privacy');
    expect(text).toContain('Analysed: 22/11/2026');
  });

  it('"Copy summary" says so when the clipboard refuses', async () => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: async () => { throw new Error('denied'); } }, configurable: true });
    show({ kind: 'result', report });
    fireEvent.click(screen.getByRole('button', { name: 'Copy summary' }));
    expect(await screen.findByText('Could not copy the summary')).toBeTruthy();
  });
});
