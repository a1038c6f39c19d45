import { useEffect, useState } from 'preact/hooks';
import { userMessage } from '../shared/errors';
import { translator, type UiLang } from '../shared/i18n';
import { sendToWorker } from '../shared/messaging';
import type { GlobalSettings, Settings, SiteOverride } from '../shared/settings/schema';
import { GlobalDefaults } from './GlobalDefaults';
import { ImportExport } from './ImportExport';
import { Notices } from './Notices';
import { SiteList } from './SiteList';
import { TranslateContext } from './translate';

export function OptionsApp() {
  const [lang, setLang] = useState<UiLang>('en');
  const [settings, setSettings] = useState<Settings | null>(null);
  const [notices, setNotices] = useState<string[]>([]);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const t = translator(lang);

  async function reload() {
    const [language, got] = await Promise.all([sendToWorker('ui.language', {}), sendToWorker('settings.get', {})]);
    setLang(language.language);
    document.documentElement.lang = language.language;
    document.title = translator(language.language)('options_title');
    setSettings(got.settings);
    setNotices(got.notices);
  }

  useEffect(() => {
    reload().catch((error: unknown) => setStatus({ ok: false, text: userMessage(error) }));
  }, []);

  /** Every change goes through the worker; on a failed save we show the message and what is in force. */
  async function change(request: () => Promise<Settings>) {
    try {
      setSettings(await request());
      setStatus({ ok: true, text: translator(lang)('options_saved') });
    } catch (error) {
      setStatus({ ok: false, text: userMessage(error) });
    }
    await reload().catch(() => undefined);
  }

  const setGlobal = (patch: Partial<GlobalSettings>) => void change(() => sendToWorker('settings.setGlobal', { patch }));
  const setSite = (host: string, override: SiteOverride | null) => void change(() => sendToWorker('settings.setSite', { host, override }));
  const resetAll = () => void change(() => sendToWorker('settings.resetAll', {}));

  return (
    <TranslateContext.Provider value={t}>
      <main class="pl-options">
        <h1>{t('options_title')}</h1>
        {status && (
          <p role={status.ok ? 'status' : 'alert'} class={status.ok ? 'pl-ok' : 'pl-problem'}>
            {status.text}
          </p>
        )}
        <Notices notices={notices} onDismiss={() => void sendToWorker('settings.dismissNotices', {}).then((got) => setNotices(got.notices))} />
        {settings && (
          <>
            <GlobalDefaults global={settings.global} onChange={setGlobal} />
            <SiteList sites={settings.sites} onChange={setSite} onResetAll={resetAll} />
            <ImportExport onImported={(imported) => { setSettings(imported); void reload(); }} />
          </>
        )}
      </main>
    </TranslateContext.Provider>
  );
}
