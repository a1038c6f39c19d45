/** Shared set-up for worker tests: a clean browser double, senders and fake analyses. */
import type { Runtime } from 'webextension-polyfill';
import double, { calls } from '../support/browser-double';
import type { Analysis, AnalyzeInput, Category, Finding, Light, Sentence } from '../../src/classifier/types';
import type { Envelope } from '../../src/shared/messages';

export const tabUrls = new Map<number, string | undefined>();
export const tabMessages: { tabId: number; message: unknown }[] = [];

export function resetBrowser(): void {
  double.storage.local._raw({});
  double.storage.session._raw({});
  double.storage.local.failNextSet = null;
  calls.length = 0;
  tabUrls.clear();
  tabMessages.length = 0;
  double.i18n.uiLanguage = 'en';
  double.tabs.get = async (id: number) => {
    if (!tabUrls.has(id)) throw new Error(`No tab with id: ${id}`);
    return { id, url: tabUrls.get(id) };
  };
  double.tabs.sendMessageHandler = async (tabId, message) => {
    tabMessages.push({ tabId, message });
    return undefined;
  };
}

export const pageSender = (): Runtime.MessageSender => ({ id: double.runtime.id, url: double.runtime.getURL('src/popup/index.html') });

export const contentSender = (tabId: number, url = tabUrls.get(tabId) ?? 'https://example.test/privacy'): Runtime.MessageSender => ({
  id: double.runtime.id,
  url,
  frameId: 0,
  tab: { id: tabId, url, index: 0, highlighted: false, active: true, pinned: false, incognito: false },
});

export function pageText(url: string, text: string, trigger: 'auto' | 'manual' = 'auto') {
  return { url, title: 'Privacy', text, totalChars: text.length, truncated: false, trigger };
}

/** An Analysis with one evidence sentence per non-unknown light, the text naming the page. */
export function fakeAnalyze(overrides: Partial<Analysis> = {}): (input: AnalyzeInput) => Analysis {
  return (input) => {
    const summary: Record<Category, Light> = { tracking: 'red', sharing: 'amber', transfer: 'unknown', ...overrides.summary };
    const sentences: Sentence[] = [];
    const evidence: Record<Category, number[]> = { tracking: [], sharing: [], transfer: [] };
    for (const category of ['tracking', 'sharing', 'transfer'] as const) {
      const light = summary[category];
      if (light === 'unknown') continue;
      const finding: Finding = { category, level: light, score: 0.9, reasonKey: `reason_test_${category}`, cue: 'cookies' };
      evidence[category].push(sentences.length);
      const text = `${category} sentence from ${input.text}`;
      sentences.push({ start: 0, end: text.length, text, kind: 'sentence', lang: 'en', findings: [finding] });
    }
    return {
      language: 'en', languageSupported: true, isPolicy: true, policyScore: 0.9, summary, evidence, sentences,
      truncated: false, analyzedChars: input.text.length, totalChars: input.text.length, ms: 1,
      ...overrides,
    };
  };
}

export function valueOf<T>(envelope: Envelope<unknown>): T {
  if (!envelope.ok) throw new Error(`expected ok, got error: ${envelope.error}`);
  return envelope.value as T;
}

export function errorOf(envelope: Envelope<unknown>): string {
  if (envelope.ok) throw new Error('expected an error envelope');
  return envelope.error;
}

export { calls, double };
