/**
 * Export and import as JSON. Import is strict: a file with any broken part is refused
 * as a whole, so a bad file changes nothing (unlike loading, which repairs what it can).
 */
import { migrateSettings } from './migrate';
import { sanitizeSettings } from './sanitize';
import type { Settings, SettingsNotice } from './schema';

export const EXPORT_FORMAT = 'privacy-lights-settings';
/** A settings file larger than this is not a settings file. */
export const MAX_IMPORT_CHARS = 5_000_000;

export function exportSettings(settings: Settings): string {
  return JSON.stringify({ format: EXPORT_FORMAT, schemaVersion: settings.schemaVersion, global: settings.global, sites: settings.sites }, null, 2);
}

export type ImportResult = { ok: true; settings: Settings } | { ok: false; notice: SettingsNotice };

const refuse = (key: string, ...substitutions: string[]): ImportResult => ({ ok: false, notice: { key, substitutions } });

export function importSettings(json: string): ImportResult {
  if (json.length > MAX_IMPORT_CHARS) return refuse('options_import_too_large');
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return refuse('options_import_not_json');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed) || (parsed as { format?: unknown }).format !== EXPORT_FORMAT) {
    return refuse('options_import_wrong_format');
  }
  const migrated = migrateSettings(parsed);
  const sanitized = sanitizeSettings(migrated.value);
  const problems = [...migrated.notices, ...sanitized.notices];
  const first = problems[0];
  // The UI wraps the first problem in "The file was not imported: …".
  if (first) return { ok: false, notice: first };
  return { ok: true, settings: sanitized.settings };
}
