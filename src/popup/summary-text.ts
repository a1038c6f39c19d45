/** The plain-text summary "Copy summary" puts on the clipboard: lights, top reasons, page, date. */
import { CATEGORIES } from '../classifier/types';
import type { Translate, UiLang } from '../shared/i18n';
import type { PageReport } from '../shared/messages';

const TOP_REASONS = 2;
const QUOTE_CHARS = 160;

const quote = (text: string) => (text.length <= QUOTE_CHARS ? text : `${text.slice(0, QUOTE_CHARS - 1)}…`);

export function summaryText(report: PageReport, t: Translate, lang: UiLang): string {
  const byIndex = new Map(report.evidence.map((s) => [s.index, s]));
  const lines = [t('popup_summary_title'), ''];
  for (const category of CATEGORIES) {
    const light = report.summary[category];
    lines.push(`${t(`category_${category}`)}: ${t(`popup_word_${light}`)} — ${t(`verdict_${category}_${light}`)}`);
    for (const index of report.ranking[category].slice(0, TOP_REASONS)) {
      const sentence = byIndex.get(index);
      const finding = sentence?.findings.find((f) => f.category === category);
      if (sentence && finding) lines.push(`  • ${finding.reason} — “${quote(sentence.text)}”`);
    }
  }
  const date = new Date(report.analyzedAt).toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB');
  lines.push('', t('popup_summary_page', report.url), t('popup_summary_date', date));
  if (report.truncated) lines.push(t('popup_truncated', report.analyzedChars.toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB')));
  return lines.join('\n');
}
