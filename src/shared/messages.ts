/**
 * The one message catalogue. Every request that crosses a context boundary is
 * listed here with its payload and response, so `send('tab.state', …)` is typed
 * end to end and the worker's router can validate by type.
 */
import type { Category, Lang, Level, Light } from '../classifier/types';
import type { Settings, SiteOverride, ResolvedSiteSettings, UiLanguage } from './settings/schema';

/** What the content script extracted from the page. */
export interface PageText {
  url: string;
  title: string;
  /** The extracted main text; offsets in findings refer to it. */
  text: string;
  /** Characters on the page before the content script's cap. */
  totalChars: number;
  truncated: boolean;
}

export interface FindingView {
  category: Category;
  level: Level;
  score: number;
  reasonKey: string;
  /** The reason in the user's interface language, ready to show as text. */
  reason: string;
  cue: string;
}

/** A sentence that carries at least one finding. */
export interface EvidenceSentence {
  /** Index into the analysis' sentence list (stable id for "show in page"). */
  index: number;
  start: number;
  end: number;
  text: string;
  findings: FindingView[];
}

export interface PageReport {
  url: string;
  title: string;
  analyzedAt: number;
  /** Hash of the analysed text: the cache key together with the URL. */
  textHash: string;
  language: Lang;
  languageSupported: boolean;
  isPolicy: boolean;
  policyScore: number;
  trigger: 'auto' | 'manual';
  summary: Record<Category, Light>;
  /** Evidence sentences in document order. */
  evidence: EvidenceSentence[];
  /** Per category, `EvidenceSentence.index` values, worst first. */
  ranking: Record<Category, number[]>;
  analyzedChars: number;
  totalChars: number;
  truncated: boolean;
  ms: number;
}

/** What the popup shows for a tab; every state is designed. */
export type TabState =
  | { kind: 'idle'; url: string }
  | { kind: 'analysing'; url: string }
  | { kind: 'not-policy'; url: string; policyScore: number }
  | { kind: 'unsupported-language'; url: string; language: Lang }
  | { kind: 'result'; report: PageReport }
  | { kind: 'restricted'; url: string }
  | { kind: 'disabled'; url: string; host: string }
  | { kind: 'error'; url: string; message: string };

export type AnalyzeTrigger = 'auto' | 'manual';

/** Requests handled by the background worker. */
export interface WorkerRequests {
  // From content scripts (the only types they may send; see CONTENT_SCRIPT_TYPES).
  'page.analyze': { payload: PageText & { trigger: AnalyzeTrigger }; response: PageReport };
  'site.settings': { payload: { url: string }; response: ResolvedSiteSettings };
  /** From a tooltip's link: open the popup's evidence list for this tab (best effort). */
  'ui.openPopup': { payload: { index: number }; response: { opened: boolean } };
  // From extension pages (popup, options).
  'tab.state': { payload: { tabId: number }; response: TabState };
  'tab.analyze': { payload: { tabId: number }; response: TabState };
  'tab.showSentence': { payload: { tabId: number; index: number }; response: { found: boolean } };
  'settings.get': { payload: Record<string, never>; response: { settings: Settings; notices: string[] } };
  'settings.setGlobal': { payload: { patch: Partial<Settings['global']> }; response: Settings };
  'settings.setSite': { payload: { host: string; override: SiteOverride | null }; response: Settings };
  'settings.resetAll': { payload: Record<string, never>; response: Settings };
  'settings.import': { payload: { json: string }; response: Settings };
  'settings.export': { payload: Record<string, never>; response: { json: string } };
  /** The user read the notices from loading settings (they persist until then). */
  'settings.dismissNotices': { payload: Record<string, never>; response: { settings: Settings; notices: string[] } };
  'ui.language': { payload: Record<string, never>; response: { language: 'en' | 'nl'; setting: UiLanguage } };
}

export const CONTENT_SCRIPT_TYPES = ['page.analyze', 'site.settings', 'ui.openPopup'] as const satisfies readonly (keyof WorkerRequests)[];

/** Requests the worker sends to a tab's content script. */
export interface ContentRequests {
  'content.analyzeNow': { payload: Record<string, never>; response: { started: boolean } };
  'content.showSentence': { payload: { index: number }; response: { found: boolean } };
  'content.applySettings': { payload: { settings: ResolvedSiteSettings }; response: { applied: boolean } };
}

export type WorkerRequestType = keyof WorkerRequests;
export type ContentRequestType = keyof ContentRequests;

export interface Message<C, K extends keyof C> {
  type: K;
  payload: C[K] extends { payload: infer P } ? P : never;
}

/** Every response is wrapped so errors cross the boundary as data, not as rejections. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: string };
