/**
 * Brings whatever shape storage held up to the current schema before validation.
 * Each step is pure and total: it never throws, whatever it is given.
 */
import { SETTINGS_SCHEMA_VERSION, type SettingsNotice, type SettingsV1 } from './schema';

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `disabled: true` is `enabled: false`; a broken value is passed on so validation reports it. */
function siteFromV1(disabled: unknown): Record<string, unknown> {
  if (disabled === true) return { enabled: false };
  if (disabled === false || disabled === undefined) return {};
  return { enabled: disabled };
}

/** v1 had flat switches and `sites[host].disabled`; v2 nests `global` and keeps sparse overrides. */
function fromV1(v1: SettingsV1 & Record<string, unknown>): Record<string, unknown> {
  const global: Record<string, unknown> = {};
  if ('enabled' in v1) global.enabled = v1.enabled;
  if ('autoAnalyze' in v1) global.autoAnalyze = v1.autoAnalyze;
  if ('highlight' in v1) global.highlights = v1.highlight;
  let sites: unknown = v1.sites;
  if (isRecord(v1.sites)) {
    // A v1 entry could only switch a site off; an entry without `disabled: true` meant nothing.
    sites = Object.fromEntries(
      Object.entries(v1.sites).map(([host, entry]) => [
        host,
        isRecord(entry) ? siteFromV1(entry.disabled) : entry,
      ]),
    );
  }
  return { schemaVersion: 2, global, sites };
}

function looksLikeV1(raw: Record<string, unknown>): boolean {
  return raw.schemaVersion === 1 || (raw.schemaVersion === undefined && !('global' in raw));
}

export interface Migrated {
  value: unknown;
  notices: SettingsNotice[];
}

export function migrateSettings(raw: unknown): Migrated {
  if (!isRecord(raw)) return { value: raw, notices: [] };
  if (looksLikeV1(raw)) return { value: fromV1(raw as SettingsV1 & Record<string, unknown>), notices: [] };
  const version = raw.schemaVersion;
  if (typeof version === 'number' && version > SETTINGS_SCHEMA_VERSION) {
    // Written by a newer release (a downgrade): read what we understand, say so.
    return { value: raw, notices: [{ key: 'options_notice_newer_version', substitutions: [String(version)] }] };
  }
  return { value: raw, notices: [] };
}
