import { useT } from '../translate';
import { StatePanel } from './StatePanel';

export function ErrorState({ message, onRetry }: { message: string; onRetry: () => void }) {
  const t = useT();
  return (
    <StatePanel kind="error" title={t('state_error_title')} text={message}>
      <button type="button" class="pl-button" onClick={onRetry}>{t('popup_retry')}</button>
    </StatePanel>
  );
}
