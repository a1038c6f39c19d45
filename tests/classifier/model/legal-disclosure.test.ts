import { disclosesWhenLawRequires } from '../../../src/classifier/model/legal-disclosure';
import { ruledScore } from '../../../src/classifier/model/rules';
import { STRAY_FACTOR } from '../../../src/classifier/model/neighbours';

describe('a disclosure the law requires', () => {
  it.each([
    'Als we bijvoorbeeld betrokken zijn bij een geldige juridische procedure hebben we geen andere keuze dan de gevraagde informatie te verstrekken.',
    'For example, if we are involved in a valid legal proceeding, we have no choice but to provide the requested information.',
    'Sometimes we collect, process and share personal data because we are legally required to do so.',
    'We kunnen uw persoonsgegevens ook openbaar maken zoals vereist door de wet, bijvoorbeeld om te voldoen aan een dagvaarding.',
    'We will hand over personal data to the police only where Dutch law obliges us to do so.',
  ])('is read: %s', (text) => {
    expect(disclosesWhenLawRequires(text)).toBe(true);
  });

  it.each<[string, string, { leadIn?: string }?]>([
    ['a denial', 'We never share your data with the police unless a court orders us to.'],
    ['a denial in the lead-in', 'share your data with the police;', { leadIn: 'We will not:' }],
    ["the reader's right to complain", 'U heeft het recht om een klacht in te dienen bij de toezichthouder.'],
    ['no giving verb', 'We keep invoices for seven years because the tax authorities require it.'],
    ['no legal trigger', 'We share your data with our payment provider.'],
  ])('is not read from %s', (_, text, context = {}) => {
    expect(disclosesWhenLawRequires(text, context)).toBe(false);
  });

  it('is a sharing finding that passes even the lone stray bar, amber as TAXONOMY reads a legal request', () => {
    const unsure = { relevance: 0.07, level: 'green' as const, probs: { red: 0.02, amber: 0.01, green: 0.04 }, threshold: 0.3 };
    const text = 'For example, if we are involved in a valid legal proceeding, we have no choice but to provide the requested information.';
    expect(ruledScore('sharing', unsure, text)).toMatchObject({ relevance: 0.3 * STRAY_FACTOR, level: 'amber' });
    expect(ruledScore('transfer', unsure, text).relevance).toBe(0.07);
  });
});
