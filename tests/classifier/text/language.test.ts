import { blockLanguages, dominantLanguage, identifyLanguage } from '../../../src/classifier/text/language';

const SAMPLES = {
  en: 'We collect information about you when you use our services, and we share it with the companies that help us run them.',
  nl: 'Wij verzamelen gegevens over u wanneer u onze diensten gebruikt, en wij delen deze met de bedrijven die ons daarbij helpen.',
  de: 'Wir erheben Daten über Sie, wenn Sie unsere Dienste nutzen, und geben diese an die Unternehmen weiter, die uns dabei helfen.',
  fr: 'Nous collectons des données vous concernant lorsque vous utilisez nos services et nous les partageons avec nos prestataires.',
} as const;

describe('identifyLanguage', () => {
  it.each(Object.entries(SAMPLES))('recognises %s', (lang, text) => {
    expect(identifyLanguage(text).lang).toBe(lang);
  });

  it('says unknown with too little evidence', () => {
    expect(identifyLanguage('Cookies').lang).toBe('unknown');
    expect(identifyLanguage('').lang).toBe('unknown');
    expect(identifyLanguage('12345 67890').lang).toBe('unknown');
  });

  it('tells Dutch from German and English on policy-like sentences', () => {
    expect(identifyLanguage('De gegevens die u ons verstrekt worden niet aan derden verkocht.').lang).toBe('nl');
    expect(identifyLanguage('Die Daten werden nicht an Dritte verkauft und nur für diese Zwecke verwendet.').lang).toBe('de');
    expect(identifyLanguage('The data is not sold to third parties and is only used for these purposes.').lang).toBe('en');
  });
});

describe('blockLanguages', () => {
  it('lets short blocks take the language of the following block, else the previous one', () => {
    expect(blockLanguages(['Privacy', SAMPLES.nl, 'Cookies', SAMPLES.en, 'Contact'])).toEqual(['nl', 'nl', 'en', 'en', 'en']);
  });

  it('keeps each decided block its own language on a mixed page', () => {
    expect(blockLanguages([SAMPLES.nl, SAMPLES.de, SAMPLES.fr])).toEqual(['nl', 'de', 'fr']);
  });
});

describe('dominantLanguage', () => {
  it('picks the language with most characters and ignores unknown', () => {
    expect(dominantLanguage([{ lang: 'en', chars: 100 }, { lang: 'nl', chars: 80 }, { lang: 'nl', chars: 40 }, { lang: 'unknown', chars: 500 }])).toBe('nl');
    expect(dominantLanguage([{ lang: 'unknown', chars: 10 }])).toBe('unknown');
  });
});
