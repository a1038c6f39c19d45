import { useState } from 'preact/hooks';
import type { UiLang } from '../shared/i18n';
import type { PageReport } from '../shared/messages';
import { summaryText } from './summary-text';
import { useT } from './translate';

export function CopySummaryButton({ report, lang }: { report: PageReport; lang: UiLang }) {
  const t = useT();
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');

  async function copy() {
    try {
      await navigator.clipboard.writeText(summaryText(report, t, lang));
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  }

  return (
    <div class="pl-copy">
      <button type="button" class="pl-button" onClick={() => void copy()}>
        {t('popup_copy')}
      </button>
      <span role="status" class="pl-copy-status">
        {status === 'copied' ? t('popup_copied') : status === 'failed' ? t('popup_copy_failed') : ''}
      </span>
    </div>
  );
}
