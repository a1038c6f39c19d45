import { useState } from 'preact/hooks';
import type { Category } from '../classifier/types';
import type { PageReport } from '../shared/messages';
import { EvidenceList } from './EvidenceList';
import { LightIcon } from './LightIcon';
import { useT } from './translate';

interface Props {
  tabId: number;
  category: Category;
  report: PageReport;
}

/** One traffic light: colour, shape and word, a one-line verdict, and the evidence on request. */
export function LightCard({ tabId, category, report }: Props) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const light = report.summary[category];
  const byIndex = new Map(report.evidence.map((s) => [s.index, s]));
  const sentences = report.ranking[category].flatMap((i) => byIndex.get(i) ?? []);
  const listId = `pl-evidence-${category}`;
  const name = t(`category_${category}`);
  const word = t(`popup_word_${light}`);
  const verdict = t(`verdict_${category}_${light}`);
  return (
    <section class={`pl-light pl-light-${light}`} aria-label={t('popup_light_label', name, word, verdict)}>
      <div class="pl-light-head">
        <LightIcon light={light} />
        <div class="pl-light-text">
          <h2 class="pl-light-name">
            {name}: <span class="pl-light-word">{word}</span>
          </h2>
          <p class="pl-verdict">{verdict}</p>
        </div>
      </div>
      {sentences.length > 0 && (
        <button type="button" class="pl-link-button" aria-expanded={open} aria-controls={listId} onClick={() => setOpen(!open)}>
          {open ? t('popup_evidence_hide') : t('popup_evidence_show', String(sentences.length))}
        </button>
      )}
      {open && (
        <div id={listId}>
          <EvidenceList tabId={tabId} category={category} sentences={sentences} />
        </div>
      )}
    </section>
  );
}
