import { affirmsCookieUse } from '../../../src/classifier/model/cookie-use';
import { ruledScore } from '../../../src/classifier/model/rules';
import { STRAY_FACTOR } from '../../../src/classifier/model/neighbours';

describe('a stated use of cookies', () => {
  it.each([
    'Kaspersky Lab will occasionally use cookies.',
    'Kaspersky Lab zal af en toe gebruik maken van cookies.',
    'We gebruiken cookies om onderscheid te maken tussen gebruikers van onze website.',
    'Our email service provider may place a cookie in your browser.',
    'Op onze websites wordt gebruikgemaakt van cookies van ons en van derden.',
    'In bepaalde gevallen kan het voorkomen dat wij gebruikmaken van functionele cookies.',
  ])('is read: %s', (text) => {
    expect(affirmsCookieUse(text)).toBe(true);
  });

  it.each<[string, string, { leadIn?: string }?]>([
    ['a denial', 'We do not use tracking cookies.'],
    ["the reader's choice", 'You can set your browser to refuse cookies.'],
    ['a condition', 'If you block cookies, we cannot remember your basket.'],
    ["a list's label", 'We use cookies for:'],
    ['a pointer elsewhere', 'See our cookie notice for more information about how we use cookies.'],
    ['a Dutch pointer elsewhere', 'Zie onze kennisgeving over cookies voor meer informatie over de manier waarop Veeam gebruikmaakt van cookies.'],
    ['a compound verb with no cookie', 'Indien u gebruikmaakt van het contactformulier, worden uw gegevens gebruikt om uw vraag te beantwoorden.'],
    ['a denial in the lead-in', 'advertising cookies;', { leadIn: 'We never use:' }],
    ['no use verb near the cookie', 'Cookies are small text files that websites store on your device.'],
  ])('is not read from %s', (_, text, context = {}) => {
    expect(affirmsCookieUse(text, context)).toBe(false);
  });

  it('is a tracking finding that passes even the lone stray bar, at the level the model gives', () => {
    const unsure = { relevance: 0.1, level: 'amber' as const, probs: { red: 0.05, amber: 0.06, green: 0 }, threshold: 0.25 };
    expect(ruledScore('tracking', unsure, 'Kaspersky Lab will occasionally use cookies.')).toMatchObject({ relevance: 0.25 * STRAY_FACTOR, level: 'amber' });
    expect(ruledScore('sharing', unsure, 'Kaspersky Lab will occasionally use cookies.').relevance).toBe(0.1);
  });

  it('turns a green it cannot justify into red or amber', () => {
    const green = { relevance: 0.5, level: 'green' as const, probs: { red: 0.2, amber: 0.1, green: 0.2 }, threshold: 0.25 };
    expect(ruledScore('tracking', green, 'We use cookies from advertising networks.').level).toBe('red');
  });
});
