import { useT } from '../translate';
import { StatePanel } from './StatePanel';

export function RestrictedState() {
  const t = useT();
  return <StatePanel kind="restricted" title={t('state_restricted_title')} text={t('state_restricted_text')} />;
}
