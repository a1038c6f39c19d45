import {
  POLICY_PATH_WORDS,
  titleLooksLikePolicy,
  titleLooksLikeTerms,
  urlLooksLikeNonPolicy,
  urlLooksLikePolicy,
} from '../../../src/classifier/policy/signals';

describe('urlLooksLikePolicy', () => {
  it.each([
    'https://example.com/privacy',
    'https://example.com/en/privacy-policy/',
    'https://example.nl/privacybeleid',
    'https://example.nl/nl/privacyverklaring.html',
    'https://example.nl/privacystatement',
    'https://example.nl/cookiebeleid',
    'https://example.nl/cookieverklaring',
    'https://example.de/datenschutz',
    'https://example.de/datenschutzerklaerung',
    'https://example.fr/politique-de-confidentialite',
    'https://example.fr/confidentialite',
    'https://example.com/legal/privacy_notice',
    'https://example.com/data-protection',
    '/privacy-policy',
  ])('%s', (url) => {
    expect(urlLooksLikePolicy(url)).toBe(true);
  });

  it.each(['https://example.com/', 'https://example.com/blog/privacy-tips-for-2025', 'https://example.com/products/privacy-screen-filter', 'not a url at all'])(
    'not %s',
    (url) => {
      expect(urlLooksLikePolicy(url)).toBe(false);
    },
  );

  it('ignores the host name', () => {
    expect(urlLooksLikePolicy('https://privacy.example.com/shop')).toBe(false);
  });
});

describe('urlLooksLikeNonPolicy', () => {
  it('spots terms, news and blog paths', () => {
    expect(urlLooksLikeNonPolicy('https://example.nl/algemene-voorwaarden')).toBe(true);
    expect(urlLooksLikeNonPolicy('https://example.com/terms-of-service')).toBe(true);
    expect(urlLooksLikeNonPolicy('https://example.com/blog/cookies-explained')).toBe(true);
    expect(urlLooksLikeNonPolicy('https://example.com/privacy')).toBe(false);
  });
});

describe('titles', () => {
  it.each(['Privacy Policy | Acme', 'Privacyverklaring', 'Ons privacybeleid', 'Cookieverklaring', 'Datenschutzerklärung', 'Politique de confidentialité', 'Data protection notice'])(
    'policy title: %s',
    (title) => {
      expect(titleLooksLikePolicy(title)).toBe(true);
    },
  );

  it('does not take ordinary or terms titles for policy titles', () => {
    expect(titleLooksLikePolicy('Privacy screen filters for laptops')).toBe(false);
    expect(titleLooksLikeTerms('Algemene voorwaarden')).toBe(true);
    expect(titleLooksLikeTerms('Allgemeine Geschäftsbedingungen')).toBe(true);
    expect(titleLooksLikeTerms('Privacy Policy')).toBe(false);
  });

  it('exports hyphen-free lower-case path words', () => {
    for (const word of POLICY_PATH_WORDS) expect(word).toMatch(/^[a-z]+$/);
  });
});
