import { useT } from '../translate';
import { StatePanel } from './StatePanel';

export function DisabledState({ host, onEnable }: { host: string; onEnable: () => void }) {
  const t = useT();
  return (
    <StatePanel kind="disabled" title={t('state_disabled_title')} text={t('state_disabled_text', host)}>
      <button type="button" class="pl-button" onClick={onEnable}>{t('popup_enable_site')}</button>
    </StatePanel>
  );
}
