/**
 * Interface text from the bundled _locales files. We do not use browser.i18n.getMessage
 * because it always follows the browser's language; the user may choose another one.
 */
import en from '../../public/_locales/en/messages.json';
import nl from '../../public/_locales/nl/messages.json';
import type { UiLanguage } from './settings/schema';

export type UiLang = 'en' | 'nl';

interface LocaleEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

type Catalogue = Record<string, LocaleEntry | undefined>;

const catalogues: Record<UiLang, Catalogue> = {
  en: en as unknown as Catalogue,
  nl: nl as unknown as Catalogue,
};

/** Fills `$NAME$` placeholders, then positional `$1`..`$9`, as Chrome does. `$$` is a literal `$`. */
function format(entry: LocaleEntry, substitutions: readonly string[]): string {
  let text = entry.message;
  if (entry.placeholders) {
    const named = new Map(Object.entries(entry.placeholders).map(([name, p]) => [name.toLowerCase(), p.content]));
    text = text.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => named.get(name.toLowerCase()) ?? whole);
  }
  return text.replace(/\$(\$|[1-9])/g, (_whole, which: string) =>
    which === '$' ? '$' : (substitutions[Number(which) - 1] ?? ''),
  );
}

/** The text for `key` in `lang`, falling back to English, then to the key itself (visible, never blank). */
export function t(key: string, lang: UiLang, ...substitutions: string[]): string {
  const entry = catalogues[lang][key] ?? catalogues.en[key];
  return entry ? format(entry, substitutions) : key;
}

export function hasMessage(key: string): boolean {
  return catalogues.en[key] !== undefined;
}

/** The user's choice wins; `auto` follows the browser, and anything not Dutch is English. */
export function resolveUiLanguage(setting: UiLanguage, browserLanguage: string): UiLang {
  if (setting === 'en' || setting === 'nl') return setting;
  return browserLanguage.toLowerCase().split(/[-_]/)[0] === 'nl' ? 'nl' : 'en';
}

export type Translate = (key: string, ...substitutions: string[]) => string;

export function translator(lang: UiLang): Translate {
  return (key, ...substitutions) => t(key, lang, ...substitutions);
}
