import { honoursSignal } from '../../../src/classifier/model/signals-honoured';
import { ruledScore } from '../../../src/classifier/model/rules';
import { STRAY_FACTOR } from '../../../src/classifier/model/neighbours';

describe('honouring the Do Not Track or Global Privacy Control signal', () => {
  it.each([
    'We honor Global Privacy Control signals sent by your browser.',
    'We honour Do Not Track signals.',
    'Wij respecteren de Do Not Track-instelling van je browser.',
    'Our websites treat a Global Privacy Control signal as an opt-out of targeted advertising.',
  ])('is read in "%s"', (text) => {
    expect(honoursSignal(text)).toBe(true);
  });

  it.each([
    'We do not honour Do Not Track signals.',
    'Wij respecteren geen Do Not Track-instellingen van browsers.',
    'Does Mendwell respond to Do Not Track or Global Privacy Control?',
    'Do Not Track is a setting in some browsers.',
    'We respect your privacy.',
  ])('is not read in "%s"', (text) => {
    expect(honoursSignal(text)).toBe(false);
  });

  it('is a green tracking finding that a lone unit keeps', () => {
    const score = { relevance: 0.1, level: 'amber' as const, probs: { red: 0.02, amber: 0.05, green: 0.03 }, threshold: 0.2 };
    const ruled = ruledScore('tracking', score, 'We honor Global Privacy Control signals sent by your browser.');
    expect(ruled.level).toBe('green');
    expect(ruled.relevance).toBeCloseTo(0.2 * STRAY_FACTOR);
    expect(ruledScore('sharing', score, 'We honor Global Privacy Control signals sent by your browser.').relevance).toBe(0.1);
  });
});
