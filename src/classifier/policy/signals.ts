/**
 * URL and title signals for "is this page a privacy policy?" in EN/NL/DE/FR.
 * Tiny and dependency-free on purpose: the content script runs this on every page
 * as its cheap first pass, and the engine's policy score reuses it.
 */

/** Path words of policy pages, hyphen-free and lower case (`privacy-policy` → `privacypolicy`). */
export const POLICY_PATH_WORDS: readonly string[] = [
  'privacy', 'privacypolicy', 'privacynotice', 'privacystatement', 'privacybeleid', 'privacyverklaring',
  'privacyreglement', 'privacyenpolicy', 'cookiebeleid', 'cookieverklaring', 'cookiepolicy', 'cookienotice',
  'datenschutz', 'datenschutzerklaerung', 'datenschutzerklarung', 'datenschutzhinweise', 'datenschutzrichtlinie',
  'politiquedeconfidentialite', 'confidentialite', 'viepriveeetcookies', 'protectiondesdonnees',
  'dataprotection', 'dataprotectionnotice', 'gdpr', 'avg', 'dsgvo', 'rgpd',
];

/** Path words of the pages most often mistaken for policies: terms, news, blogs. */
export const NON_POLICY_PATH_WORDS: readonly string[] = [
  'terms', 'termsofservice', 'termsofuse', 'tos', 'voorwaarden', 'algemenevoorwaarden', 'gebruiksvoorwaarden',
  'agb', 'nutzungsbedingungen', 'conditions', 'conditionsgenerales', 'cgu', 'cgv', 'legal', 'imprint', 'impressum',
  'blog', 'news', 'nieuws', 'nachrichten', 'actualites', 'article', 'artikel', 'press', 'pers', 'help', 'support', 'faq',
];

/** The `rel` value of `<link rel="privacy-policy">`. */
export const PRIVACY_POLICY_REL = 'privacy-policy';

const TITLE_PATTERN =
  /(?<!\p{L})(?:privacy[\s-]*(?:policy|notice|statement|beleid|verklaring|reglement)|privacybeleid|privacyverklaring|privacyreglement|cookie[\s-]*(?:policy|notice|beleid|verklaring)|cookiebeleid|cookieverklaring|datenschutz\p{L}*|politique\s+de\s+confidentialit[ée]|confidentialit[ée]|protection\s+des\s+donn[ée]es|data\s+protection\s+(?:policy|notice|statement))(?!\p{L})/iu;

const TERMS_TITLE_PATTERN =
  /(?<!\p{L})(?:terms\s+(?:of\s+(?:service|use)|and\s+conditions)|algemene\s+voorwaarden|gebruiksvoorwaarden|allgemeine\s+gesch[äa]ftsbedingungen|agb|nutzungsbedingungen|conditions\s+g[ée]n[ée]rales)(?!\p{L})/iu;

function pathWords(url: string): string[] {
  let path = url;
  try {
    const parsed = new URL(url);
    path = `${parsed.pathname} ${parsed.hash}`;
  } catch {
    // Not an absolute URL: read it as a bare path.
  }
  return path
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[/#?.=&]+/)
    .map((segment) => segment.replace(/[-_\s]+/g, ''))
    .filter((segment) => segment.length > 0);
}

/** The URL path names a policy page (`/privacy-policy`, `/nl/privacyverklaring`, `/datenschutz.html`). */
export function urlLooksLikePolicy(url: string): boolean {
  return pathWords(url).some((word) => POLICY_PATH_WORDS.includes(word));
}

/** The URL path names terms, news or help pages. */
export function urlLooksLikeNonPolicy(url: string): boolean {
  return pathWords(url).some((word) => NON_POLICY_PATH_WORDS.includes(word));
}

/** A title or heading that names a privacy policy in one of the four languages. */
export function titleLooksLikePolicy(title: string): boolean {
  return TITLE_PATTERN.test(title);
}

/** A title or heading that names terms and conditions. */
export function titleLooksLikeTerms(title: string): boolean {
  return TERMS_TITLE_PATTERN.test(title);
}
