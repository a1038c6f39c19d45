import { CATEGORIES } from '../classifier/types';
import type { UiLang } from '../shared/i18n';
import type { PageReport } from '../shared/messages';
import { CopySummaryButton } from './CopySummaryButton';
import { LightCard } from './LightCard';
import { useT } from './translate';

export function ResultView({ tabId, report, lang }: { tabId: number; report: PageReport; lang: UiLang }) {
  const t = useT();
  const locale = lang === 'nl' ? 'nl-NL' : 'en-GB';
  return (
    <div class="pl-result">
      <h1 class="pl-visually-hidden">{t('state_result_heading')}</h1>
      {!report.isPolicy && <p class="pl-note">{t('popup_manual_note')}</p>}
      {CATEGORIES.map((category) => (
        <LightCard key={category} tabId={tabId} category={category} report={report} />
      ))}
      {report.truncated && <p class="pl-note pl-truncated">{t('popup_truncated', report.analyzedChars.toLocaleString(locale))}</p>}
      <CopySummaryButton report={report} lang={lang} />
    </div>
  );
}
