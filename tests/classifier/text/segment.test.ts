import { ruleSentenceEnds } from '../../../src/classifier/text/rule-ends';
import { segment, type SentenceEnds } from '../../../src/classifier/text/segment';
import { winkSentenceEnds } from '../../../src/classifier/text/wink';

// Both boundary sources must give the same units once ./boundaries has corrected them.
describe.each<[string, SentenceEnds]>([
  ['wink-nlp', winkSentenceEnds],
  ['rules', ruleSentenceEnds],
])('segment with %s boundaries', (_source, ends) => {
  const units = (text: string): string[] => segment(text, ends).units.map((unit) => text.slice(unit.start, unit.end));
  const kinds = (text: string): string[] => segment(text, ends).units.map((unit) => unit.kind);

  describe('segment: abbreviations do not end a sentence', () => {
    it.each([
      ['bijv.', 'Wij gebruiken cookies, bijv. voor analyse.'],
      ['o.a.', 'Wij delen o.a. uw naam met de bezorger.'],
      ['m.b.t.', 'Vragen m.b.t. uw gegevens kunt u mailen.'],
      ['d.w.z.', 'Wij bewaren alles, d.w.z. ook uw bestellingen.'],
      ['dhr.', 'Neem contact op met dhr. Jansen van de afdeling.'],
      ['mevr.', 'Onze FG is mevr. De Vries uit Utrecht.'],
      ['ca.', 'Wij bewaren gegevens ca. 5 jaar lang.'],
      ['nr.', 'Wij zijn ingeschreven onder nr. 12345678 bij de KvK.'],
      ['art.', 'De grondslag is art. 6 lid 1 AVG in dit geval.'],
      ['e.g.', 'We use tools, e.g. Google Analytics, to measure visits.'],
      ['i.e.', 'We keep logs, i.e. records of your visits, for a week.'],
      ['etc.', 'We collect your name, address, etc. when you order.'],
      ['Inc.', 'Acme Inc. is the controller of your data.'],
      ['Ltd.', 'Northwind Ltd. processes your data in the UK.'],
      ['B.V.', 'De Spaak B.V. is verantwoordelijk voor de verwerking.'],
      ['N.V.', 'Voorbeeld N.V. verwerkt uw gegevens zorgvuldig.'],
      ['vs.', 'Compare opt-in vs. opt-out for marketing emails.'],
    ])('%s', (_abbreviation, sentence) => {
      const text = `${sentence} Daarna volgt een tweede zin.`;
      expect(units(text)).toEqual([sentence, 'Daarna volgt een tweede zin.']);
    });

    it('still ends a sentence at "etc." before a capital', () => {
      expect(units('We collect names, emails etc. We never sell them.')).toEqual(['We collect names, emails etc.', 'We never sell them.']);
    });
  });

  describe('segment: URLs, e-mail addresses and numbers', () => {
    it('keeps www.example.nl in one sentence', () => {
      expect(units('Zie www.example.nl voor meer informatie. Bedankt.')).toEqual(['Zie www.example.nl voor meer informatie.', 'Bedankt.']);
    });

    it('ends a sentence after a URL that closes it', () => {
      expect(units('Lees https://www.kaseya.com/privacy. Mail ons daarna.')).toEqual(['Lees https://www.kaseya.com/privacy.', 'Mail ons daarna.']);
    });

    it('keeps a URL at the very end whole', () => {
      expect(units('U vindt het beleid op www.kaspersky.com/Products-and-Services-Privacy-Policy.')).toEqual([
        'U vindt het beleid op www.kaspersky.com/Products-and-Services-Privacy-Policy.',
      ]);
    });

    it('keeps e-mail addresses whole', () => {
      expect(units('Mail privacy@voorbeeld.nl of fg@gemeente.example.nl voor vragen. Dank.')).toEqual([
        'Mail privacy@voorbeeld.nl of fg@gemeente.example.nl voor vragen.',
        'Dank.',
      ]);
    });

    it('keeps decimal numbers and article references inside the sentence', () => {
      expect(units('Versie 1.5 geldt sinds 2020. Zie art. 6 lid 1 AVG en artikel 13.2 van de wet. Klaar.')).toEqual([
        'Versie 1.5 geldt sinds 2020.',
        'Zie art. 6 lid 1 AVG en artikel 13.2 van de wet.',
        'Klaar.',
      ]);
    });

    it('keeps street abbreviations before a number', () => {
      expect(units('AO Kaspersky Lab, located at bldg. 3, 39A, Moscow, respecteert uw privacy. Klaar.')).toHaveLength(2);
    });

    it('ends a sentence at a doubled full stop before a capital', () => {
      expect(units('You need JavaScript enabled to view it.. Als u wilt, kunt u stoppen.')).toEqual([
        'You need JavaScript enabled to view it..',
        'Als u wilt, kunt u stoppen.',
      ]);
    });

    it('does not split before a lower-case continuation', () => {
      expect(units('Wij en onze Business Partners. passende maatregelen nemen wij.')).toHaveLength(1);
    });
  });

  describe('segment: line structure', () => {
    const text = 'Privacyverklaring\n\n1. Overzicht\n\nWij verzamelen gegevens. Wij delen ze niet.\n\nWe verzamelen:\n • uw naam;\n • uw adres. Dat is alles.\n';

    it('makes headings and list items units of their own', () => {
      expect(units(text)).toEqual([
        'Privacyverklaring',
        '1. Overzicht',
        'Wij verzamelen gegevens.',
        'Wij delen ze niet.',
        'We verzamelen:',
        '• uw naam;',
        '• uw adres.',
        'Dat is alles.',
      ]);
      expect(kinds(text)).toEqual(['heading', 'heading', 'sentence', 'sentence', 'sentence', 'item', 'item', 'sentence']);
    });

    it('joins a hard-wrapped paragraph back together', () => {
      expect(units('We collect data when you\nvisit our site and\nuse the app. Done.')).toEqual([
        'We collect data when you\nvisit our site and\nuse the app.',
        'Done.',
      ]);
    });

    it('treats blank lines as boundaries even without punctuation', () => {
      expect(units('first paragraph without a stop\n\nsecond one')).toEqual(['first paragraph without a stop', 'second one']);
    });

    it('returns nothing for blank text', () => {
      expect(segment('', ends).units).toEqual([]);
      expect(segment(' \n\n\t ', ends).units).toEqual([]);
    });
  });
});
