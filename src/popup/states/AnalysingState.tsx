import { useT } from '../translate';
import { StatePanel } from './StatePanel';

export function AnalysingState() {
  const t = useT();
  return (
    <StatePanel kind="analysing" title={t('state_analysing')}>
      <div class="pl-spinner" role="progressbar" aria-label={t('state_analysing')} />
    </StatePanel>
  );
}
