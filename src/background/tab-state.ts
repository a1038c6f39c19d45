/** Deciding what the popup shows for a tab, from the tab's URL, the site settings and the cache. */
import browser from 'webextension-polyfill';
import { t } from '../shared/i18n';
import type { PageReport, TabState } from '../shared/messages';
import { hostFromUrl } from '../shared/settings/hostname';
import { resolveSiteSettings } from '../shared/settings/resolve';
import type { WorkerContext } from './context';
import { isRestrictedUrl, sameDocument } from './restricted';
import { relocalize } from './report';

/** A requested analysis that never reported back (page hung, script gone) turns into an error. */
export const ANALYSIS_TIMEOUT_MS = 60_000;

export function stateForReport(report: PageReport): TabState {
  if (!report.languageSupported) return { kind: 'unsupported-language', url: report.url, language: report.language };
  // Asked for explicitly ("Analyse this page anyway"), a page that is not a policy still gets its result.
  if (!report.isPolicy && report.trigger === 'auto') return { kind: 'not-policy', url: report.url, policyScore: report.policyScore };
  return { kind: 'result', report };
}

export type TabContext =
  | { kind: 'blocked'; url: string; state: TabState }
  | { kind: 'open'; url: string; host: string };

/**
 * Without the "tabs" permission Chromium shows `tab.url` only after the user clicked our
 * action (activeTab) or for explicit host permissions, which we do not have: content-script
 * matches do not count. When the browser hides the URL we use the one our content script
 * last reported for the tab (its entry is dropped whenever the tab starts loading another
 * page, see worker.ts). No URL from either source means a page we may not touch.
 */
export async function tabContext(ctx: WorkerContext, tabId: number): Promise<TabContext> {
  let url: string | undefined;
  try {
    url = (await browser.tabs.get(tabId)).url || ctx.cache.get(tabId)?.url;
  } catch {
    return { kind: 'blocked', url: '', state: { kind: 'error', url: '', message: t('state_error_tab_gone', ctx.lang()) } };
  }
  const host = url ? hostFromUrl(url) : null;
  if (!url || host === null || isRestrictedUrl(url)) return { kind: 'blocked', url: url ?? '', state: { kind: 'restricted', url: url ?? '' } };
  if (!resolveSiteSettings(ctx.settings.settings, host).enabled) return { kind: 'blocked', url, state: { kind: 'disabled', url, host } };
  return { kind: 'open', url, host };
}

/** The cached state for the tab if it is about the document the tab shows now. */
export async function cachedState(ctx: WorkerContext, tabId: number, url: string): Promise<TabState | null> {
  const entry = ctx.cache.get(tabId);
  if (!entry) return null;
  if (!sameDocument(entry.url, url)) {
    await ctx.cache.drop(tabId);
    return null;
  }
  const { state } = entry;
  if (state.kind === 'analysing' && ctx.now() - entry.since > ANALYSIS_TIMEOUT_MS) {
    return { kind: 'error', url, message: t('state_error_timeout', ctx.lang()) };
  }
  return state.kind === 'result' ? { kind: 'result', report: relocalize(state.report, ctx.lang()) } : state;
}
