import { hostCandidates } from './hostname';
import { SITE_KEYS, type ResolvedSiteSettings, type Settings, type SiteKey } from './schema';

/** Each site key is decided by the most specific host that sets it, else by the global default. */
export function resolveSiteSettings(settings: Settings, host: string): ResolvedSiteSettings {
  const candidates = hostCandidates(host);
  const { global } = settings;
  const values: Record<SiteKey, boolean> = { enabled: global.enabled, autoAnalyze: global.autoAnalyze, highlights: global.highlights };
  const decidedBy: Record<SiteKey, string | null> = { enabled: null, autoAnalyze: null, highlights: null };
  for (const key of SITE_KEYS) {
    for (const candidate of candidates) {
      const value = settings.sites[candidate]?.[key];
      if (typeof value === 'boolean') {
        values[key] = value;
        decidedBy[key] = candidate;
        break;
      }
    }
  }
  return {
    host,
    ...values,
    highlightLevels: { ...global.highlightLevels },
    uiLanguage: global.uiLanguage,
    decidedBy,
  };
}
