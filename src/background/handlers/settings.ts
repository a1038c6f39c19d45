/** Settings requests from the popup and the options page; every change reaches the open tabs. */
import browser from 'webextension-polyfill';
import { t, type UiLang } from '../../shared/i18n';
import type { WorkerRequests } from '../../shared/messages';
import { sendToTab } from '../../shared/messaging';
import { hostFromUrl } from '../../shared/settings/hostname';
import { exportSettings, importSettings } from '../../shared/settings/io';
import { resolveSiteSettings } from '../../shared/settings/resolve';
import type { Settings, SettingsNotice } from '../../shared/settings/schema';
import type { SaveResult } from '../../shared/settings/store';
import { badgeFor, clearBadge, showBadge } from '../badge';
import type { WorkerContext } from '../context';

type Payload<K extends keyof WorkerRequests> = WorkerRequests[K]['payload'];

export function localizeNotice(notice: SettingsNotice, lang: UiLang): string {
  return t(notice.key, lang, ...notice.substitutions);
}

/** Tells every tab we know of what it runs with now, and brings its badge up to date. */
export async function pushSettingsToTabs(ctx: WorkerContext): Promise<void> {
  const lang = ctx.lang();
  await Promise.all(
    ctx.cache.knownTabs().map(async ([tabId, entry]) => {
      const host = hostFromUrl(entry.url);
      if (host === null) return;
      const settings = resolveSiteSettings(ctx.settings.settings, host);
      if (!settings.enabled) await clearBadge(tabId, lang);
      else if (entry.state.kind === 'result') await showBadge(tabId, badgeFor(entry.state.report.summary, lang));
      // A tab whose content script is gone (closed, reloaded, old version) simply misses the push.
      await sendToTab(tabId, 'content.applySettings', { settings }).catch(() => undefined);
    }),
  );
}

/** The change applies in memory either way; a failed save (full quota) is reported, not hidden. */
async function settle(ctx: WorkerContext, result: SaveResult): Promise<Settings> {
  await pushSettingsToTabs(ctx);
  if (!result.saved) throw new Error(t('options_notice_save_failed', ctx.lang(), result.error ?? ''));
  return ctx.settings.settings;
}

export function getSettings(ctx: WorkerContext): { settings: Settings; notices: string[] } {
  return { settings: ctx.settings.settings, notices: ctx.settings.notices.map((n) => localizeNotice(n, ctx.lang())) };
}

export async function dismissNotices(ctx: WorkerContext): Promise<{ settings: Settings; notices: string[] }> {
  await ctx.settings.dismissNotices();
  return getSettings(ctx);
}

export async function setGlobal(ctx: WorkerContext, payload: Payload<'settings.setGlobal'>): Promise<Settings> {
  return settle(ctx, await ctx.settings.setGlobal(payload.patch));
}

export async function setSite(ctx: WorkerContext, payload: Payload<'settings.setSite'>): Promise<Settings> {
  return settle(ctx, await ctx.settings.setSite(payload.host, payload.override));
}

export async function resetAll(ctx: WorkerContext): Promise<Settings> {
  return settle(ctx, await ctx.settings.resetAll());
}

/** A refused file changes nothing: the store is touched only after the whole file validated. */
export async function importJson(ctx: WorkerContext, payload: Payload<'settings.import'>): Promise<Settings> {
  const result = importSettings(payload.json);
  if (!result.ok) throw new Error(t('options_import_refused', ctx.lang(), localizeNotice(result.notice, ctx.lang())));
  return settle(ctx, await ctx.settings.replace(result.settings));
}

export function exportJson(ctx: WorkerContext): { json: string } {
  return { json: exportSettings(ctx.settings.settings) };
}

export function uiLanguage(ctx: WorkerContext): WorkerRequests['ui.language']['response'] {
  return { language: ctx.lang(), setting: ctx.settings.settings.global.uiLanguage };
}

export function browserLanguage(): string {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return 'en';
  }
}
