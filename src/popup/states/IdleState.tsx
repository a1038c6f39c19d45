import { useT } from '../translate';
import { StatePanel } from './StatePanel';

export function IdleState({ onAnalyse }: { onAnalyse: () => void }) {
  const t = useT();
  return (
    <StatePanel kind="idle" title={t('state_idle_title')} text={t('state_idle_text')}>
      <button type="button" class="pl-button pl-button-primary" onClick={onAnalyse}>{t('popup_analyse')}</button>
    </StatePanel>
  );
}
