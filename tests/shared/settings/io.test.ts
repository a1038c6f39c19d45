import { exportSettings, importSettings } from '../../../src/shared/settings/io';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/shared/settings/schema';

const settings: Settings = { ...DEFAULT_SETTINGS, global: { ...DEFAULT_SETTINGS.global, uiLanguage: 'nl' }, sites: { 'example.nl': { highlights: false } } };

describe('import and export', () => {
  it('round-trips', () => {
    expect(importSettings(exportSettings(settings))).toEqual({ ok: true, settings });
  });

  it.each([
    ['not JSON', '{oops', 'options_import_not_json'],
    ['a JSON array', '[1,2]', 'options_import_wrong_format'],
    ['another format', JSON.stringify({ sites: {} }), 'options_import_wrong_format'],
    ['a bad field', JSON.stringify({ format: 'privacy-lights-settings', schemaVersion: 2, global: { enabled: 'yes' } }), 'options_notice_field_reset'],
    ['a bad site', JSON.stringify({ format: 'privacy-lights-settings', schemaVersion: 2, sites: { 'ok.nl': {}, 'x y': { enabled: true } } }), 'options_notice_site_dropped'],
  ])('refuses %s as a whole', (_name, json, key) => {
    const result = importSettings(json);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.notice.key).toBe(key);
  });
});
