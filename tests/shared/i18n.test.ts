import en from '../../public/_locales/en/messages.json';
import nl from '../../public/_locales/nl/messages.json';
import { resolveUiLanguage, t } from '../../src/shared/i18n';

describe('t', () => {
  it('gives the text in the chosen language with substitutions', () => {
    expect(t('popup_truncated', 'en', '400,000')).toBe('Only the first 400,000 characters were analysed.');
    expect(t('popup_truncated', 'nl', '400.000')).toBe('Alleen de eerste 400.000 tekens zijn gelezen.');
  });

  it('falls back to the key itself, never to an empty string', () => {
    expect(t('no_such_key_anywhere', 'nl')).toBe('no_such_key_anywhere');
  });

  it('every English UI key of ours has a Dutch text', () => {
    const ours = Object.keys(en).filter((k) => /^(popup|options|badge|state|category|level|verdict)_/.test(k));
    expect(ours.length).toBeGreaterThan(100);
    expect(ours.filter((k) => !(k in nl))).toEqual([]);
  });
});

describe('resolveUiLanguage', () => {
  it.each([
    ['auto', 'nl-NL', 'nl'],
    ['auto', 'nl', 'nl'],
    ['auto', 'en-GB', 'en'],
    ['auto', 'de', 'en'],
    ['en', 'nl-BE', 'en'],
    ['nl', 'en-US', 'nl'],
  ] as const)('setting %s with browser %s → %s', (setting, browserLanguage, expected) => {
    expect(resolveUiLanguage(setting, browserLanguage)).toBe(expected);
  });
});
