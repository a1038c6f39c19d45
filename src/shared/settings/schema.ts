/**
 * Settings: the defaults object is the source of truth and the types derive from it.
 * Per-site settings are sparse overrides: an absent or null field inherits.
 */
import type { Level } from '../../classifier/types';

export type UiLanguage = 'auto' | 'en' | 'nl';

export const SETTINGS_SCHEMA_VERSION = 2;

export const DEFAULT_GLOBAL = {
  /** The extension works on sites unless switched off for one. */
  enabled: true,
  /** Analyse detected policies without being asked. */
  autoAnalyze: true,
  /** Mark evidence sentences in the page. */
  highlights: true,
  /** Which levels get marked in the page. */
  highlightLevels: { red: true, amber: true, green: true } as Record<Level, boolean>,
  uiLanguage: 'auto' as UiLanguage,
};

export type GlobalSettings = typeof DEFAULT_GLOBAL;

/** Site-level switches; `null` or absent inherits from the broader host, then global. */
export interface SiteOverride {
  enabled?: boolean | null;
  autoAnalyze?: boolean | null;
  highlights?: boolean | null;
}

export const SITE_KEYS = ['enabled', 'autoAnalyze', 'highlights'] as const;
export type SiteKey = (typeof SITE_KEYS)[number];

export interface Settings {
  schemaVersion: number;
  global: GlobalSettings;
  /** Keyed by hostname without a leading dot, e.g. `shop.example.nl`. */
  sites: Record<string, SiteOverride>;
}

export const DEFAULT_SETTINGS: Settings = {
  schemaVersion: SETTINGS_SCHEMA_VERSION,
  global: DEFAULT_GLOBAL,
  sites: {},
};

/** What a page on one host runs with, after resolution. */
export interface ResolvedSiteSettings {
  host: string;
  enabled: boolean;
  autoAnalyze: boolean;
  highlights: boolean;
  highlightLevels: Record<Level, boolean>;
  uiLanguage: UiLanguage;
  /** Which host each site key was decided by (`null`: the global default). */
  decidedBy: Record<SiteKey, string | null>;
}

/**
 * Schema v1 (the shape before per-site overrides were sparse), kept so old stores migrate:
 * one `settings` key holding
 * `{ schemaVersion?: 1, enabled?: boolean, autoAnalyze?: boolean, highlight?: boolean,
 *    sites?: { [host]: { disabled?: boolean } } }`.
 * `highlight` became `global.highlights`; `sites[host].disabled: true` became `{ enabled: false }`.
 */
export interface SettingsV1 {
  schemaVersion?: 1;
  enabled?: boolean;
  autoAnalyze?: boolean;
  highlight?: boolean;
  sites?: Record<string, { disabled?: boolean }>;
}

/** A part of the stored settings that was broken and replaced by its default. */
export interface SettingsNotice {
  /** Message key in _locales, e.g. `options_notice_site_dropped`. */
  key: string;
  substitutions: string[];
}

/** More sites than this and the oldest overrides are refused (storage.local holds ~10 MB). */
export const MAX_SITES = 20_000;
