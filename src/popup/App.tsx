import browser from 'webextension-polyfill';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { translator, type UiLang } from '../shared/i18n';
import type { TabState } from '../shared/messages';
import { userMessage as messageOf } from '../shared/errors';
import { sendToWorker } from '../shared/messaging';
import { hostFromUrl } from '../shared/settings/hostname';
import type { Settings, SiteOverride } from '../shared/settings/schema';
import { findPopupTab, type PopupTab } from './active-tab';
import { SiteToggles } from './SiteToggles';
import { StateView } from './StateView';
import { TranslateContext } from './translate';

/** How often the popup asks again while an analysis runs. */
export const POLL_MS = 400;

function urlOf(state: TabState): string {
  return state.kind === 'result' ? state.report.url : state.url;
}


export function App() {
  const [lang, setLang] = useState<UiLang>('en');
  const [tab, setTab] = useState<PopupTab | null>(null);
  const [state, setState] = useState<TabState | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const t = translator(lang);

  const refresh = useCallback(async (tabId: number) => {
    try {
      setState(await sendToWorker('tab.state', { tabId }));
    } catch (error) {
      setState({ kind: 'error', url: '', message: messageOf(error) });
    }
  }, []);

  useEffect(() => {
    void (async () => {
      try {
        const active = await findPopupTab(location.search);
        const language = await sendToWorker('ui.language', {});
        setLang(language.language);
        document.documentElement.lang = language.language;
        setSettings((await sendToWorker('settings.get', {})).settings);
        if (!active) throw new Error(translator(language.language)('state_error_tab_gone'));
        setTab(active);
        await refresh(active.id);
      } catch (error) {
        setState({ kind: 'error', url: '', message: messageOf(error) });
      }
    })();
  }, [refresh]);

  useEffect(() => {
    if (state?.kind !== 'analysing' || !tab) return;
    const timer = setTimeout(() => void refresh(tab.id), POLL_MS);
    return () => clearTimeout(timer);
  }, [state, tab, refresh]);

  async function analyse() {
    if (!tab) return;
    setState({ kind: 'analysing', url: tab.url });
    try {
      setState(await sendToWorker('tab.analyze', { tabId: tab.id }));
    } catch (error) {
      setState({ kind: 'error', url: tab.url, message: messageOf(error) });
    }
  }

  async function setSite(host: string, override: SiteOverride) {
    setProblem(null);
    try {
      setSettings(await sendToWorker('settings.setSite', { host, override }));
    } catch (error) {
      // Not saved, but applied in memory by the worker: show what is in force now.
      setProblem(messageOf(error));
      setSettings((await sendToWorker('settings.get', {}).catch(() => null))?.settings ?? settings);
    }
    if (tab) await refresh(tab.id);
  }

  const host = hostFromUrl(tab?.url || (state ? urlOf(state) : ''));
  const actions = {
    analyse: () => void analyse(),
    enableSite: () => host && void setSite(host, { ...settings?.sites[host], enabled: true }),
    retry: () => tab && void refresh(tab.id),
  };

  return (
    <TranslateContext.Provider value={t}>
      <main class="pl-popup">
        <header class="pl-header">
          <span class="pl-brand">{t('extName')}</span>
          {host && <span class="pl-host">{host}</span>}
        </header>
        {state === null ? (
          <p class="pl-loading" role="status">{t('popup_loading')}</p>
        ) : (
          <StateView state={state} tabId={tab?.id ?? -1} lang={lang} actions={actions} />
        )}
        {problem && <p class="pl-problem" role="alert">{problem}</p>}
        {host && settings && state?.kind !== 'restricted' && (
          <SiteToggles host={host} settings={settings} onChange={(override) => void setSite(host, override)} />
        )}
        <footer class="pl-footer">
          <button type="button" class="pl-link-button" onClick={() => void browser.runtime.openOptionsPage()}>
            {t('popup_options')}
          </button>
        </footer>
      </main>
    </TranslateContext.Provider>
  );
}
