import { SITE_KEYS, type SiteKey, type SiteOverride } from '../shared/settings/schema';
import { useT } from './translate';

interface Props {
  host: string;
  override: SiteOverride;
  onChange: (override: SiteOverride) => void;
  onRemove: () => void;
}

export const SITE_KEY_LABELS: Record<SiteKey, string> = {
  enabled: 'popup_toggle_enabled',
  autoAnalyze: 'popup_toggle_auto',
  highlights: 'popup_toggle_highlights',
};

const choiceOf = (value: boolean | null | undefined) => (value === true ? 'on' : value === false ? 'off' : 'inherit');
const valueOf = (choice: string) => (choice === 'on' ? true : choice === 'off' ? false : null);

/** One site's overrides: each key is Default (inherit), On or Off. */
export function SiteRow({ host, override, onChange, onRemove }: Props) {
  const t = useT();
  return (
    <tr>
      <th scope="row" class="pl-host">{host}</th>
      {SITE_KEYS.map((key) => (
        <td key={key}>
          <select
            aria-label={`${t(SITE_KEY_LABELS[key])} — ${host}`}
            value={choiceOf(override[key])}
            onChange={(e) => onChange({ ...override, [key]: valueOf((e.currentTarget as HTMLSelectElement).value) })}
          >
            <option value="inherit">{t('options_site_inherit')}</option>
            <option value="on">{t('options_site_on')}</option>
            <option value="off">{t('options_site_off')}</option>
          </select>
        </td>
      ))}
      <td>
        <button type="button" class="pl-button" aria-label={t('options_site_remove_label', host)} onClick={onRemove}>
          {t('options_site_remove')}
        </button>
      </td>
    </tr>
  );
}
