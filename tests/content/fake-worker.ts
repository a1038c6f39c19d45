/** A stand-in worker on the browser double: answers the content script's requests and records them. */
import browser from 'webextension-polyfill';
import type { Category, Level } from '../../src/classifier/types';
import type { AnalyzeTrigger, EvidenceSentence, PageReport, PageText } from '../../src/shared/messages';
import type { ResolvedSiteSettings } from '../../src/shared/settings/schema';

type Double = typeof import('../support/browser-double').default;
export const double = browser as unknown as Double;

export const SITE_SETTINGS: ResolvedSiteSettings = {
  host: 'northwind.example',
  enabled: true,
  autoAnalyze: true,
  highlights: true,
  highlightLevels: { red: true, amber: true, green: true },
  uiLanguage: 'auto',
  decidedBy: { enabled: null, autoAnalyze: null, highlights: null },
};

export interface Finding {
  needle: string;
  category: Category;
  level: Level;
  reason: string;
}

/** The sentence around `needle` in `text`, as the engine would cut it. */
function sentenceAround(text: string, needle: string, index: number, finding: Finding): EvidenceSentence | null {
  const at = text.indexOf(needle);
  if (at < 0) return null;
  const before = Math.max(text.lastIndexOf('. ', at), text.lastIndexOf('\n', at));
  const start = before < 0 ? 0 : before + (text[before] === '\n' ? 1 : 2);
  const stop = text.indexOf('.', at + needle.length);
  const end = stop < 0 ? text.length : stop + 1;
  const { category, level, reason } = finding;
  return { index, start, end, text: text.slice(start, end), findings: [{ category, level, reason, score: 0.9, reasonKey: `reason_${category}_${level}`, cue: needle }] };
}

export function reportFor(page: PageText & { trigger: AnalyzeTrigger }, findings: Finding[], isPolicy = true): PageReport {
  const evidence = findings.map((finding, i) => sentenceAround(page.text, finding.needle, i, finding)).filter((e): e is EvidenceSentence => e !== null);
  return {
    url: page.url,
    title: page.title,
    analyzedAt: 0,
    textHash: 'h',
    language: 'en',
    languageSupported: true,
    isPolicy,
    policyScore: isPolicy ? 0.9 : 0.1,
    trigger: page.trigger,
    summary: { tracking: 'red', sharing: 'green', transfer: 'amber' },
    evidence,
    ranking: { tracking: [], sharing: [], transfer: [] },
    analyzedChars: page.text.length,
    totalChars: page.totalChars,
    truncated: page.truncated,
    ms: 1,
  };
}

export interface FakeWorker {
  messages: { type: string; payload: unknown }[];
  types: () => string[];
}

export function installFakeWorker(options: { settings?: Partial<ResolvedSiteSettings>; findings?: Finding[]; isPolicy?: boolean } = {}): FakeWorker {
  const messages: FakeWorker['messages'] = [];
  double.runtime.sendMessageHandler = async (raw) => {
    const message = raw as { type: string; payload: unknown };
    messages.push(message);
    if (message.type === 'site.settings') return { ok: true, value: { ...SITE_SETTINGS, ...options.settings } };
    if (message.type === 'page.analyze') {
      return { ok: true, value: reportFor(message.payload as PageText & { trigger: AnalyzeTrigger }, options.findings ?? [], options.isPolicy ?? true) };
    }
    if (message.type === 'ui.openPopup') return { ok: true, value: { opened: true } };
    return { ok: false, error: 'unknown' };
  };
  return { messages, types: () => messages.map((message) => message.type) };
}

/** Lets queued promise callbacks (the worker round-trips) run. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) await Promise.resolve();
}
