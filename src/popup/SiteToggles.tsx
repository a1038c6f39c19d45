import { resolveSiteSettings } from '../shared/settings/resolve';
import type { Settings, SiteKey, SiteOverride } from '../shared/settings/schema';
import { useT } from './translate';

interface Props {
  host: string;
  settings: Settings;
  onChange: (override: SiteOverride) => void;
}

const TOGGLES: { key: SiteKey; label: string }[] = [
  { key: 'enabled', label: 'popup_toggle_enabled' },
  { key: 'autoAnalyze', label: 'popup_toggle_auto' },
  { key: 'highlights', label: 'popup_toggle_highlights' },
];

/** The value `key` would have on `host` without this host's own override (its parent or the default). */
function inherited(settings: Settings, host: string, key: SiteKey): boolean {
  const own = { ...settings.sites[host] };
  delete own[key];
  return resolveSiteSettings({ ...settings, sites: { ...settings.sites, [host]: own } }, host)[key];
}

/**
 * Switches for the current site. Choosing what the site would inherit anyway clears the
 * override, so the site list holds only real differences (sparse overrides).
 */
export function SiteToggles({ host, settings, onChange }: Props) {
  const t = useT();
  const resolved = resolveSiteSettings(settings, host);
  function toggle(key: SiteKey, value: boolean) {
    onChange({ ...settings.sites[host], [key]: value === inherited(settings, host, key) ? null : value });
  }
  return (
    <fieldset class="pl-site">
      <legend class="pl-site-title">{t('popup_site_heading', host)}</legend>
      {TOGGLES.map(({ key, label }) => (
        <label key={key} class="pl-toggle">
          <input
            type="checkbox"
            role="switch"
            checked={resolved[key]}
            disabled={key !== 'enabled' && !resolved.enabled}
            onChange={(event) => toggle(key, (event.currentTarget as HTMLInputElement).checked)}
          />
          <span>{t(label)}</span>
          {resolved.decidedBy[key] !== null && resolved.decidedBy[key] !== host && (
            <span class="pl-decided">{t('popup_decided_by', resolved.decidedBy[key] ?? '')}</span>
          )}
        </label>
      ))}
    </fieldset>
  );
}
