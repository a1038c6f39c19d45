/** Requests from content scripts. The tab is always the sender's own: `sender.tab.id`, never the payload. */
import browser from 'webextension-polyfill';
import { DEFAULT_MAX_CHARS } from '../../classifier/types';
import { textHash } from '../../shared/hash';
import { t } from '../../shared/i18n';
import type { PageReport, WorkerRequests } from '../../shared/messages';
import { hostFromUrl } from '../../shared/settings/hostname';
import { resolveSiteSettings } from '../../shared/settings/resolve';
import type { ResolvedSiteSettings } from '../../shared/settings/schema';
import { badgeFor, clearBadge, showBadge } from '../badge';
import type { WorkerContext } from '../context';
import { buildPageReport } from '../report';
import { sameDocument } from '../restricted';
import { stateForReport } from '../tab-state';

type Payload<K extends keyof WorkerRequests> = WorkerRequests[K]['payload'];

export async function analyzePage(ctx: WorkerContext, tabId: number, tabUrl: string | undefined, payload: Payload<'page.analyze'>): Promise<PageReport> {
  const host = hostFromUrl(payload.url);
  if (host === null || !resolveSiteSettings(ctx.settings.settings, host).enabled) throw new Error(t('state_disabled_title', ctx.lang()));
  const epoch = ctx.cache.epoch(tabId);
  const hash = textHash(payload.text);
  const previous = ctx.cache.get(tabId);
  let report: PageReport;
  const cached = previous?.report;
  // An automatic run on a page that is not a policy skips sentence grading, so its report
  // cannot answer a manual request; anything else with the same URL and text can be reused.
  const graded = cached !== undefined && (cached.isPolicy || cached.trigger === 'manual');
  if (cached && sameDocument(previous.url, payload.url) && cached.textHash === hash && (graded || payload.trigger === 'auto')) {
    // Once the user asked for this page, a later automatic run does not hide the result again.
    report = { ...cached, trigger: cached.trigger === 'manual' ? 'manual' : payload.trigger };
  } else {
    const analysis = ctx.analyze({
      text: payload.text,
      url: payload.url,
      title: payload.title,
      maxChars: DEFAULT_MAX_CHARS,
      onlyIfPolicy: payload.trigger === 'auto',
    });
    report = buildPageReport({ analysis, page: payload, trigger: payload.trigger, textHash: hash, lang: ctx.lang(), now: ctx.now() });
  }
  // The tab navigated or closed while we worked, or already shows another document:
  // this result belongs to no page it shows, so it is returned but never cached or badged.
  if (ctx.cache.epoch(tabId) !== epoch || (tabUrl !== undefined && !sameDocument(tabUrl, payload.url))) return report;
  const state = stateForReport(report);
  await ctx.cache.put(tabId, { url: payload.url, state, report, since: ctx.now() });
  if (state.kind === 'result') await showBadge(tabId, badgeFor(report.summary, ctx.lang()));
  else await clearBadge(tabId, ctx.lang());
  return report;
}

/** Also remembers the tab, so later settings changes can be pushed to it. */
export async function siteSettingsFor(ctx: WorkerContext, tabId: number, tabUrl: string | undefined, payload: Payload<'site.settings'>): Promise<ResolvedSiteSettings> {
  // The sender's own tab URL is the authority; the payload's is used only when the browser gives none.
  const url = tabUrl ?? payload.url;
  const host = hostFromUrl(url);
  if (host === null) throw new Error(`not a web page: ${url.slice(0, 200)}`);
  const entry = ctx.cache.get(tabId);
  if (!entry || !sameDocument(entry.url, url)) {
    if (entry) await ctx.cache.drop(tabId);
    await ctx.cache.put(tabId, { url, state: { kind: 'idle', url }, since: ctx.now() });
  }
  return resolveSiteSettings(ctx.settings.settings, host);
}

/** Chrome allows action.openPopup without a user gesture since 127 (focused window only); elsewhere it may refuse. */
export async function openPopup(): Promise<{ opened: boolean }> {
  const action = browser.action as { openPopup?: () => Promise<void> };
  if (typeof action.openPopup !== 'function') return { opened: false };
  try {
    await action.openPopup();
    return { opened: true };
  } catch {
    return { opened: false };
  }
}
