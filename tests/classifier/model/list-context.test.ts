import { extractFeatures } from '../../../src/classifier/model/features';
import { DocumentContext, ListContext } from '../../../src/classifier/model/list-context';
import { isListItem } from '../../../src/classifier/model/shape';

const leadIns = (units: string[]) => {
  const list = new ListContext();
  return units.map((unit) => list.next(unit) ?? null);
};

describe('ListContext', () => {
  it('carries a lead-in down every item of its list, and stops at the first non-item', () => {
    const leadIn = 'We may disclose your personal data in the following cases:';
    expect(leadIns([leadIn, '• to our group companies;', '• to a buyer of our business;', 'That is all.', '• a stray item'])).toEqual([
      null,
      leadIn,
      leadIn,
      null,
      null,
    ]);
  });

  it('gives items without a lead-in none, and knows lettered and dashed items', () => {
    expect(leadIns(['Cookies', '- analytics cookies', 'Wij delen gegevens met:', 'a) onze verwerkers;', '(b) de politie.'])).toEqual([
      null,
      null,
      null,
      'Wij delen gegevens met:',
      'Wij delen gegevens met:',
    ]);
    expect(isListItem('• Rusland')).toBe(true);
    expect(isListItem('We share data: see below.')).toBe(false);
  });
});

describe('DocumentContext', () => {
  it('gives each unit the unit before it and, for items, their lead-in', () => {
    const contexts = new DocumentContext();
    expect(contexts.next('Wij delen gegevens met:')).toEqual({});
    expect(contexts.next('• onze verwerkers;')).toEqual({ previous: 'Wij delen gegevens met:', leadIn: 'Wij delen gegevens met:' });
    expect(contexts.next('• de politie.')).toEqual({ previous: '• onze verwerkers;', leadIn: 'Wij delen gegevens met:' });
    expect(contexts.next('Verder niets.')).toEqual({ previous: '• de politie.' });
  });
});

describe('lead-in features', () => {
  it("gives an item its lead-in's concepts under their own prefix", () => {
    const leadIn = 'We may share your personal data with the following third parties:';
    const withLeadIn = extractFeatures('• Payment providers.', 'en', { leadIn }).names;
    expect(withLeadIn).toEqual(expect.arrayContaining(['l:c:share', 'l:c:thirdparty']));
    expect(extractFeatures('• Payment providers.', 'en').names.some((name) => name.startsWith('l:'))).toBe(false);
  });
});
