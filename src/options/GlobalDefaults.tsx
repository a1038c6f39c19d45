import { LEVELS } from '../classifier/types';
import type { GlobalSettings, UiLanguage } from '../shared/settings/schema';
import { useT } from './translate';

interface Props {
  global: GlobalSettings;
  onChange: (patch: Partial<GlobalSettings>) => void;
}

const SWITCHES = [
  { key: 'enabled', label: 'options_enabled' },
  { key: 'autoAnalyze', label: 'options_auto' },
  { key: 'highlights', label: 'options_highlights' },
] as const;

const LANGUAGES: UiLanguage[] = ['auto', 'en', 'nl'];

export function GlobalDefaults({ global, onChange }: Props) {
  const t = useT();
  const checked = (event: Event) => (event.currentTarget as HTMLInputElement).checked;
  return (
    <section class="pl-section" aria-labelledby="pl-defaults-title">
      <h2 id="pl-defaults-title">{t('options_defaults_heading')}</h2>
      {SWITCHES.map(({ key, label }) => (
        <label key={key} class="pl-row">
          <input type="checkbox" role="switch" checked={global[key]} onChange={(e) => onChange({ [key]: checked(e) })} />
          {t(label)}
        </label>
      ))}
      <fieldset class="pl-levels" disabled={!global.highlights}>
        <legend>{t('options_levels')}</legend>
        {LEVELS.map((level) => (
          <label key={level} class="pl-row">
            <input
              type="checkbox"
              checked={global.highlightLevels[level]}
              onChange={(e) => onChange({ highlightLevels: { ...global.highlightLevels, [level]: checked(e) } })}
            />
            {t(`popup_word_${level}`)}
          </label>
        ))}
      </fieldset>
      <label class="pl-row">
        {t('options_language')}
        <select value={global.uiLanguage} onChange={(e) => onChange({ uiLanguage: (e.currentTarget as HTMLSelectElement).value as UiLanguage })}>
          {LANGUAGES.map((lang) => (
            <option key={lang} value={lang}>
              {t(`options_language_${lang}`)}
            </option>
          ))}
        </select>
      </label>
    </section>
  );
}
