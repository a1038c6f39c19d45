import { useT } from '../translate';
import { StatePanel } from './StatePanel';

export function NotPolicyState({ onAnalyse }: { onAnalyse: () => void }) {
  const t = useT();
  return (
    <StatePanel kind="not-policy" title={t('state_not_policy_title')} text={t('state_not_policy_text')}>
      <button type="button" class="pl-button" onClick={onAnalyse}>{t('popup_analyse_anyway')}</button>
    </StatePanel>
  );
}
