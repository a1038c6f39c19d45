import { useState } from 'preact/hooks';
import { normalizeHost } from '../shared/settings/hostname';
import { SITE_KEYS, type SiteOverride } from '../shared/settings/schema';
import { SITE_KEY_LABELS, SiteRow } from './SiteRow';
import { useT } from './translate';

interface Props {
  sites: Record<string, SiteOverride>;
  onChange: (host: string, override: SiteOverride | null) => void;
  onResetAll: () => void;
}

/** Rows drawn at most; a filter finds the rest (the list may hold thousands of sites). */
export const MAX_ROWS = 200;

export function SiteList({ sites, onChange, onResetAll }: Props) {
  const t = useT();
  const [filter, setFilter] = useState('');
  const [draft, setDraft] = useState('');
  const [invalid, setInvalid] = useState(false);
  // A site added here has no override yet: it is kept on screen until one is chosen.
  const [pending, setPending] = useState<string[]>([]);

  const hosts = [...new Set([...Object.keys(sites), ...pending])].sort();
  const shown = hosts.filter((host) => host.includes(filter.trim().toLowerCase())).slice(0, MAX_ROWS);

  function add(event: Event) {
    event.preventDefault();
    const host = normalizeHost(draft);
    setInvalid(host === null);
    if (host === null) return;
    setPending([...pending, host]);
    setFilter('');
    setDraft('');
  }

  function remove(host: string) {
    setPending(pending.filter((h) => h !== host));
    if (host in sites) onChange(host, null);
  }

  return (
    <section class="pl-section" aria-labelledby="pl-sites-title">
      <h2 id="pl-sites-title">{t('options_sites_heading')}</h2>
      <form class="pl-row" onSubmit={add}>
        <label>
          <span class="pl-visually-hidden">{t('options_add_site_label')}</span>
          <input type="text" placeholder="shop.example.nl" aria-label={t('options_add_site_label')} aria-invalid={invalid} value={draft} onInput={(e) => setDraft((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <button type="submit" class="pl-button">{t('options_add_site')}</button>
        {invalid && <span role="alert" class="pl-problem">{t('options_add_invalid')}</span>}
      </form>
      {hosts.length > 20 && (
        <input type="search" class="pl-filter" aria-label={t('options_site_host')} value={filter} onInput={(e) => setFilter((e.currentTarget as HTMLInputElement).value)} />
      )}
      {hosts.length === 0 ? (
        <p>{t('options_sites_empty')}</p>
      ) : (
        <table class="pl-sites">
          <thead>
            <tr>
              <th scope="col">{t('options_site_host')}</th>
              {SITE_KEYS.map((key) => (
                <th key={key} scope="col">{t(SITE_KEY_LABELS[key])}</th>
              ))}
              <td />
            </tr>
          </thead>
          <tbody>
            {shown.map((host) => (
              <SiteRow key={host} host={host} override={sites[host] ?? {}} onChange={(override) => onChange(host, override)} onRemove={() => remove(host)} />
            ))}
          </tbody>
        </table>
      )}
      <button type="button" class="pl-button pl-danger" onClick={() => window.confirm(t('options_reset_confirm')) && onResetAll()}>
        {t('options_reset_all')}
      </button>
    </section>
  );
}
