/**
 * Field-by-field validation of migrated settings. A broken part falls back to its
 * default and leaves a notice; every other part, above all other sites, survives.
 */
import type { Level } from '../../classifier/types';
import { normalizeHost } from './hostname';
import { isRecord } from './migrate';
import {
  DEFAULT_GLOBAL,
  MAX_SITES,
  SETTINGS_SCHEMA_VERSION,
  SITE_KEYS,
  type GlobalSettings,
  type Settings,
  type SettingsNotice,
  type SiteOverride,
  type UiLanguage,
} from './schema';

const LEVEL_KEYS: readonly Level[] = ['red', 'amber', 'green'];
const UI_LANGUAGES: readonly UiLanguage[] = ['auto', 'en', 'nl'];
const BOOLEAN_GLOBALS = ['enabled', 'autoAnalyze', 'highlights'] as const;

const notice = (key: string, ...substitutions: string[]): SettingsNotice => ({ key, substitutions });

export function defaultGlobal(): GlobalSettings {
  return { ...DEFAULT_GLOBAL, highlightLevels: { ...DEFAULT_GLOBAL.highlightLevels } };
}

export function defaultSettings(): Settings {
  return { schemaVersion: SETTINGS_SCHEMA_VERSION, global: defaultGlobal(), sites: {} };
}

function sanitizeGlobal(raw: unknown, notices: SettingsNotice[]): GlobalSettings {
  const global = defaultGlobal();
  if (raw === undefined) return global;
  if (!isRecord(raw)) {
    notices.push(notice('options_notice_global_reset'));
    return global;
  }
  for (const key of BOOLEAN_GLOBALS) {
    if (raw[key] === undefined) continue;
    if (typeof raw[key] === 'boolean') global[key] = raw[key];
    else notices.push(notice('options_notice_field_reset', key));
  }
  const levels = raw.highlightLevels;
  if (levels !== undefined) {
    if (isRecord(levels) && LEVEL_KEYS.every((l) => levels[l] === undefined || typeof levels[l] === 'boolean')) {
      for (const level of LEVEL_KEYS) if (typeof levels[level] === 'boolean') global.highlightLevels[level] = levels[level];
    } else {
      notices.push(notice('options_notice_field_reset', 'highlightLevels'));
    }
  }
  if (raw.uiLanguage !== undefined) {
    if (UI_LANGUAGES.includes(raw.uiLanguage as UiLanguage)) global.uiLanguage = raw.uiLanguage as UiLanguage;
    else notices.push(notice('options_notice_field_reset', 'uiLanguage'));
  }
  return global;
}

/** One override, or null if any part of it is broken (then the whole site entry is dropped). */
export function sanitizeOverride(raw: unknown): SiteOverride | null {
  if (!isRecord(raw)) return null;
  const override: SiteOverride = {};
  for (const key of SITE_KEYS) {
    const value = raw[key];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'boolean') return null;
    override[key] = value;
  }
  return override;
}

export function isEmptyOverride(override: SiteOverride): boolean {
  return SITE_KEYS.every((key) => typeof override[key] !== 'boolean');
}

function sanitizeSites(raw: unknown, notices: SettingsNotice[]): Record<string, SiteOverride> {
  const sites: Record<string, SiteOverride> = {};
  if (raw === undefined) return sites;
  if (!isRecord(raw)) {
    notices.push(notice('options_notice_sites_reset'));
    return sites;
  }
  let kept = 0;
  let refused = 0;
  for (const [key, value] of Object.entries(raw)) {
    const host = normalizeHost(key);
    const override = sanitizeOverride(value);
    if (host === null || override === null) {
      notices.push(notice('options_notice_site_dropped', key.slice(0, 100)));
      continue;
    }
    if (isEmptyOverride(override)) continue;
    if (kept >= MAX_SITES) {
      refused++;
      continue;
    }
    if (!(host in sites)) kept++;
    sites[host] = { ...sites[host], ...override };
  }
  if (refused > 0) notices.push(notice('options_notice_too_many_sites', String(refused), String(MAX_SITES)));
  return sites;
}

export interface Sanitized {
  settings: Settings;
  notices: SettingsNotice[];
}

/** Total: whatever `raw` is, the result is valid Settings. */
export function sanitizeSettings(raw: unknown): Sanitized {
  const notices: SettingsNotice[] = [];
  if (raw === undefined) return { settings: defaultSettings(), notices };
  if (!isRecord(raw)) return { settings: defaultSettings(), notices: [notice('options_notice_settings_reset')] };
  return {
    settings: {
      schemaVersion: SETTINGS_SCHEMA_VERSION,
      global: sanitizeGlobal(raw.global, notices),
      sites: sanitizeSites(raw.sites, notices),
    },
    notices,
  };
}
