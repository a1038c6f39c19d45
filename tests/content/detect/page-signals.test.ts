/** @jest-environment jsdom */
import { firstPassVerdict, readPageSignals } from '../../../src/content/detect/page-signals';

function page(url: string, head: string, body = ''): { doc: Document; url: string } {
  return { doc: new DOMParser().parseFromString(`<html><head>${head}</head><body>${body}</body></html>`, 'text/html'), url };
}

function signals(url: string, head: string, body = '') {
  const p = page(url, head, body);
  return readPageSignals(p.doc, p.url);
}

describe('first pass: URL, title, headings, link rel', () => {
  test.each([
    'https://a.example/privacy-policy',
    'https://a.example/nl/privacyverklaring',
    'https://a.example/datenschutzerklaerung.html',
    'https://a.example/legal/privacy-and-cookies',
    'https://a.example/fr/politique-de-confidentialite',
    'https://a.example/cookiebeleid',
    'https://a.example/Datenschutz%C3%A9',
  ])('a policy slug in %s counts', (url) => {
    expect(signals(url, '<title>Home</title>').url).toBe(true);
  });

  test('a privacy slug on a blog or news path is only worth a closer look', () => {
    const s = signals('https://a.example/blog/privacy-tips-for-parents', '<title>Tips</title>');
    expect(s.url).toBe(false);
    expect(s.urlMaybe).toBe(true);
    expect(s.elsewhere).toBe(true);
    expect(firstPassVerdict(s)).toBe('inconclusive');
  });

  test('titles and the first h1 in four languages', () => {
    expect(signals('https://a.example/p/1', '<title>Privacy Policy | Acme</title>').title).toBe(true);
    expect(signals('https://a.example/p/1', '<title>Privacyverklaring</title>').title).toBe(true);
    expect(signals('https://a.example/p/1', '<title>Datenschutzerklärung</title>').title).toBe(true);
    expect(signals('https://a.example/p/1', '<title>Politique de confidentialité</title>').title).toBe(true);
    expect(signals('https://a.example/p/1', '<title>Legal</title>', '<h1>Privacy notice</h1>').h1).toBe(true);
    expect(signals('https://a.example/p/1', '<title>Recipes</title>', '<h1>Sourdough</h1>').h1).toBe(false);
  });

  test('a terms title does not count as privacy even when it mentions it', () => {
    const s = signals('https://a.example/p/1', '<title>Terms of Service</title>', '<h1>Terms and privacy</h1>');
    expect(s.title).toBe(false);
    expect(s.h1).toBe(false);
  });

  test('<link rel="privacy-policy"> counts only when it points at this page', () => {
    const head = '<title>Legal</title><link rel="privacy-policy" href="/legal/p">';
    expect(signals('https://a.example/legal/p/', head).linkSelf).toBe(true);
    expect(signals('https://a.example/legal/p#top', head).linkSelf).toBe(true);
    expect(signals('https://a.example/shop', head).linkSelf).toBe(false);
    expect(signals('https://a.example/shop', '<link rel="privacy-policy" href="http://[bad">').linkSelf).toBe(false);
  });

  test('policy-like section headings make a page inconclusive, not positive', () => {
    const body = '<h2>Cookies</h2><h2>Your rights</h2><h3>Third parties</h3><h2>Opening hours</h2>';
    const s = signals('https://a.example/info', '<title>Info</title>', body);
    expect(s.sections).toBe(3);
    expect(firstPassVerdict(s)).toBe('inconclusive');
  });

  test('an ordinary page is negative', () => {
    const s = signals('https://a.example/recipes/bread', '<title>Bread</title>', '<h1>Bread</h1><h2>Flour</h2>');
    expect(firstPassVerdict(s)).toBe('negative');
  });

  test('an unparsable address is no signal, not an error', () => {
    const doc = new DOMParser().parseFromString('<title>x</title>', 'text/html');
    expect(() => readPageSignals(doc, 'not a url')).not.toThrow();
    expect(readPageSignals(doc, 'not a url').url).toBe(false);
  });
});

describe('a policy named only in an h2', () => {
  test('counts like a title when the h1 is the brand', () => {
    const s = signals('https://a.example/p/42', '<title>Kaspersky Lab</title>', '<h1>Kaspersky Lab</h1><h2>Privacybeleid</h2>');
    expect(s.h2).toBe(true);
    expect(firstPassVerdict(s)).toBe('positive');
  });

  test('an h2 far down the page does not count', () => {
    const body = '<h1>Shop</h1><h2>New</h2><h2>Sale</h2><h2>Brands</h2><h2>Privacy policy</h2>';
    expect(signals('https://a.example/', '<title>Shop</title>', body).h2).toBe(false);
  });
});
