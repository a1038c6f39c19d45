import { useState } from 'preact/hooks';
import type { Category } from '../classifier/types';
import type { EvidenceSentence } from '../shared/messages';
import { sendToWorker } from '../shared/messaging';
import { useT } from './translate';

/** The worst few first; the rest on request, so the popup stays short. */
export const FIRST_SHOWN = 3;

interface Props {
  tabId: number;
  category: Category;
  sentences: EvidenceSentence[];
}

/** The sentences behind one light, worst first, each with its reason and a way to find it in the page. */
export function EvidenceList({ tabId, category, sentences }: Props) {
  const t = useT();
  const [missing, setMissing] = useState<number | null>(null);
  const [showAll, setShowAll] = useState(false);
  const visible = showAll ? sentences : sentences.slice(0, FIRST_SHOWN);

  async function showInPage(index: number) {
    const { found } = await sendToWorker('tab.showSentence', { tabId, index }).catch(() => ({ found: false }));
    setMissing(found ? null : index);
  }

  if (sentences.length === 0) return <p class="pl-evidence-none">{t('popup_evidence_none')}</p>;
  return (
    <>
      <ul class="pl-evidence">
        {visible.map((sentence) => (
          <li key={sentence.index} class="pl-evidence-item">
            <blockquote class="pl-sentence">{sentence.text}</blockquote>
            <ul class="pl-reasons">
              {sentence.findings
                .filter((f) => f.category === category)
                .map((f) => (
                  <li key={f.reasonKey} class={`pl-reason pl-reason-${f.level}`}>
                    <span class="pl-visually-hidden">{t(`popup_word_${f.level}`)}: </span>
                    {f.reason}
                  </li>
                ))}
            </ul>
            <button type="button" class="pl-link-button" onClick={() => void showInPage(sentence.index)}>
              {t('popup_show_in_page')}
            </button>
            {missing === sentence.index && <p role="status" class="pl-note">{t('popup_not_found')}</p>}
          </li>
        ))}
      </ul>
      {visible.length < sentences.length && (
        <button type="button" class="pl-link-button" onClick={() => setShowAll(true)}>
          {t('popup_evidence_more', String(sentences.length))}
        </button>
      )}
    </>
  );
}
