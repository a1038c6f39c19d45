import { isHeadingLike } from '../../../src/classifier/model/shape';
import { classifySentence } from '../../../src/classifier/model/index';

describe('isHeadingLike', () => {
  it.each([
    'Targeting op basis van gedrag/re-targeting',
    'Gerichte advertenties door IKANDA en anderen',
    'International transfers',
    '3. Delen met derden',
    '4.2 Cookies and similar technologies',
    'IV. Sharing with advertising partners',
    '‘Do Not Track’ Signals',
    'Use of Web Beacons, Pixel Tags and Tracking Technology by IKANDA and Its Partners',
    // Units without a letter: a section number (behind a right-to-left mark), a stray cell.
    '4',
    '\u200f12',
    '2.1 |',
  ])('reads %p as a heading', (text) => {
    expect(isHeadingLike(text)).toBe(true);
  });

  it.each([
    ['a sentence', 'We share your data with advertising partners.'],
    ['a lead-in', 'We may disclose your data to:'],
    ['a bullet under a lead-in', '• Rusland'],
    ['a dash item', '- Google Analytics'],
    ['a lettered item', 'a) advertising partners'],
    ['a table row', '_ga | Google Analytics | 2 years'],
    ['a numbered statement with a colon', '2. E-mail: with a US service under the Data Privacy Framework'],
    ['a list item continuing a sentence', 'advertisers and ad networks'],
    ['a long unpunctuated sentence', 'We may share the information we collect with our advertising partners who use it to show you ads on other sites'],
    ['an item ending in a semicolon', 'Het tonen van gepersonaliseerde reclame;'],
    ['an empty unit', '   '],
    ['a long sentence that only starts with a capital', 'We and our advertising partners use cookies and pixels to show you ads on other websites and apps you visit'],
  ])('does not read %s as a heading', (_, text) => {
    expect(isHeadingLike(text)).toBe(false);
  });

  it('keeps the shipped model from grading a heading full of trigger words', () => {
    expect(classifySentence('Targeted advertising and retargeting by our partners', 'en')).toEqual([]);
    expect(classifySentence('Our partners use cookies for targeted advertising and retargeting.', 'en').length).toBeGreaterThan(0);
  });
});
