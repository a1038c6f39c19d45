import { stemEn, stemNl } from '../../../src/classifier/model/stem';

describe('stemEn', () => {
  it.each([
    ['use', 'uses', 'used', 'using'],
    ['cookie', 'cookies'],
    ['party', 'parties'],
    ['age', 'ages'],
    ['share', 'shares', 'shared', 'sharing'],
    ['site', 'sites'],
  ])('gives the forms of "%s" one stem', (...forms) => {
    expect(new Set(forms.map(stemEn)).size).toBe(1);
  });

  it.each([
    ['uses', 'us'],
    ['note', 'not'],
    ['care', 'car'],
    ['states', 'statement'],
    ['united', 'unit'],
    ['news', 'new'],
  ])('keeps "%s" apart from "%s"', (a, b) => {
    expect(stemEn(a)).not.toBe(stemEn(b));
  });
});

describe('stemNl', () => {
  it.each([
    ['gebruik', 'gebruiken', 'gebruikt'],
    ['gepersonaliseerd', 'gepersonaliseerde'],
    ['geanonimiseerd', 'geanonimiseerde'],
    ['delen', 'deelt', 'gedeeld'],
    ['verkopen', 'verkoopt', 'verkoop'],
    ['bedrijven', 'bedrijf'],
    ['plaatsen', 'geplaatst'],
  ])('gives the forms of "%s" one stem', (...forms) => {
    expect(new Set(forms.map(stemNl)).size).toBe(1);
  });

  it('keeps "gevolgen" (consequences) apart from "volgen" (to track)', () => {
    expect(stemNl('gevolgen')).not.toBe(stemNl('volgen'));
    expect(stemNl('gevolgd')).toBe(stemNl('volgen'));
  });
});
