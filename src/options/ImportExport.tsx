import { useState } from 'preact/hooks';
import { userMessage } from '../shared/errors';
import { sendToWorker } from '../shared/messaging';
import type { Settings } from '../shared/settings/schema';
import { useT } from './translate';

/** Export downloads a local file (a blob URL, no network); import hands the text to the worker, which validates it. */
export function ImportExport({ onImported }: { onImported: (settings: Settings) => void }) {
  const t = useT();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  async function exportFile() {
    const { json } = await sendToWorker('settings.export', {});
    const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'privacy-lights-settings.json';
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  async function importFile(input: HTMLInputElement) {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    try {
      onImported(await sendToWorker('settings.import', { json: await file.text() }));
      setMessage({ ok: true, text: t('options_import_done') });
    } catch (error) {
      setMessage({ ok: false, text: userMessage(error) });
    }
  }

  return (
    <section class="pl-section" aria-labelledby="pl-io-title">
      <h2 id="pl-io-title">{t('options_io_heading')}</h2>
      <div class="pl-row">
        <button type="button" class="pl-button" onClick={() => void exportFile()}>{t('options_export')}</button>
        <label class="pl-button pl-file">
          {t('options_import')}
          <input type="file" accept="application/json,.json" class="pl-visually-hidden" onChange={(e) => void importFile(e.currentTarget as HTMLInputElement)} />
        </label>
      </div>
      {message && (
        <p role={message.ok ? 'status' : 'alert'} class={message.ok ? 'pl-ok' : 'pl-problem'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
