import type { Lang } from '../../classifier/types';
import { useT } from '../translate';
import { StatePanel } from './StatePanel';

export function UnsupportedLanguageState({ language }: { language: Lang }) {
  const t = useT();
  return <StatePanel kind="unsupported-language" title={t('state_unsupported_title')} text={t('state_unsupported_text', t(`popup_lang_${language}`))} />;
}
