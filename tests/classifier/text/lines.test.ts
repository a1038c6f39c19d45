import { groupLines } from '../../../src/classifier/text/lines';

const groups = (text: string): Array<[string, string]> => groupLines(text).map((group) => [group.kind, text.slice(group.start, group.end)]);

describe('groupLines', () => {
  it('reads short unpunctuated lines as headings, including numbered and all-caps ones', () => {
    expect(groups('KASPERSKY LAB – PRIVACYBELEID\n\n2.1 Cookies en soortgelijke technologieën\n\nLaatst bijgewerkt: 29 juli 2021')).toEqual([
      ['heading', 'KASPERSKY LAB – PRIVACYBELEID'],
      ['heading', '2.1 Cookies en soortgelijke technologieën'],
      ['heading', 'Laatst bijgewerkt: 29 juli 2021'],
    ]);
  });

  it('reads punctuated, long or lower-case lines as text', () => {
    expect(groups('We verzamelen:\nwelke gegevens\nDit is een gewone zin.')).toEqual([['text', 'We verzamelen:'], ['text', 'welke gegevens'], ['text', 'Dit is een gewone zin.']]);
    const long = 'Wij verwerken uw gegevens voor de uitvoering van de overeenkomst en voor onze eigen marketing en die van partners zonder punt aan het eind';
    expect(groups(long)).toEqual([['text', long]]);
  });

  it('reads bullets, numbers and letters as list items, and bullets never as headings', () => {
    expect(groups(' • uw naam\n- uw adres\n1) uw e-mailadres;\n(a) uw IP-adres;\n* cookies')).toEqual([
      ['item', '• uw naam'],
      ['item', '- uw adres'],
      ['item', '1) uw e-mailadres;'],
      ['item', '(a) uw IP-adres;'],
      ['item', '* cookies'],
    ]);
  });

  it('does not take a leading number or a hyphenated word for a list marker', () => {
    expect(groups('2020 was het jaar waarin wij begonnen.\n-5 graden buiten.')).toEqual([
      ['text', '2020 was het jaar waarin wij begonnen.'],
      ['text', '-5 graden buiten.'],
    ]);
  });

  it('joins a hard-wrapped line with its lower-case continuation, also inside a list item', () => {
    expect(groups(' • U kunt ons een\n   e-mail sturen.\nVolgende zin.')).toEqual([
      ['item', '• U kunt ons een\n   e-mail sturen.'],
      ['text', 'Volgende zin.'],
    ]);
  });

  it('records where a list marker ends', () => {
    const [group] = groupLines('12. Contact');
    expect(group?.markerEnd).toBe(4);
  });
});
