/**
 * One worker instance: its context, its router and its reactions to tab events.
 * index.ts wires it to the browser; tests build fresh instances to play a restart.
 */
import browser, { type Tabs } from 'webextension-polyfill';
import { analyze as engineAnalyze } from '../classifier';
import type { Analysis, AnalyzeInput } from '../classifier/types';
import { resolveUiLanguage } from '../shared/i18n';
import { SettingsStore } from '../shared/settings/store';
import { clearBadge } from './badge';
import type { WorkerContext } from './context';
import { browserLanguage } from './handlers/settings';
import { sameDocument } from './restricted';
import { createRouter, type Router } from './router';
import { TabCache } from './tab-cache';

export interface WorkerOptions {
  analyze?: (input: AnalyzeInput) => Analysis;
  now?: () => number;
}

export interface WorkerInstance {
  ready: Promise<WorkerContext>;
  handleMessage: Router;
  onTabRemoved(tabId: number): Promise<void>;
  onTabUpdated(tabId: number, changeInfo: Tabs.OnUpdatedChangeInfoType): Promise<void>;
}

async function buildContext(options: WorkerOptions): Promise<WorkerContext> {
  const settings = new SettingsStore(browser.storage.local);
  const cache = new TabCache();
  await Promise.all([settings.load(), cache.load()]);
  return {
    settings,
    cache,
    analyze: options.analyze ?? engineAnalyze,
    lang: () => resolveUiLanguage(settings.settings.global.uiLanguage, browserLanguage()),
    now: options.now ?? Date.now,
  };
}

export function createWorker(options: WorkerOptions = {}): WorkerInstance {
  const ready = buildContext(options);
  const handleMessage = createRouter(ready, { runtimeId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('') });

  async function onTabRemoved(tabId: number): Promise<void> {
    const ctx = await ready;
    await ctx.cache.drop(tabId);
  }

  /**
   * Chromium reports `changeInfo.url` only with the "tabs" permission or an explicit host
   * permission (content-script matches do not count), so we mostly do not see it; we do
   * see `status: 'loading'`, which needs no permission. So: a new URL drops the entry when
   * we are shown one (activeTab tabs), and any load without a visible URL (a navigation, a
   * reload) drops it too. Reads re-check the tab's URL when it is visible (tab-state.ts),
   * and a content script that reports another URL replaces the entry, so an old result is
   * never shown for another page. Asking for "tabs" would buy little and warn users about
   * reading their browsing history; we do not.
   */
  async function onTabUpdated(tabId: number, changeInfo: Tabs.OnUpdatedChangeInfoType): Promise<void> {
    const ctx = await ready;
    const entry = ctx.cache.get(tabId);
    if (!entry) return;
    const movedTo = changeInfo.url;
    const navigated = movedTo !== undefined ? !sameDocument(movedTo, entry.url) : changeInfo.status === 'loading';
    if (!navigated) return;
    await ctx.cache.drop(tabId);
    await clearBadge(tabId, ctx.lang());
  }

  return { ready, handleMessage, onTabRemoved, onTabUpdated };
}
