import { affirmsSale } from '../../../src/classifier/model/sale';
import { ruledScore } from '../../../src/classifier/model/rules';
import { greenRestsOnLinkName } from '../../../src/classifier/model/link-names';

describe('an affirmed sale of personal data', () => {
  it.each([
    'We sell your data.',
    'We may sell your personal information to third parties.',
    'Your personal information may be sold to advertisers.',
    'We rent our customer lists to other charities.',
    'Wij verkopen uw gegevens.',
    'Uw gegevens kunnen worden verkocht aan adverteerders.',
    'Wij kunnen je e-mailadres verhuren aan partners.',
  ])('is read in "%s"', (text) => {
    expect(affirmsSale(text)).toBe(true);
  });

  it.each([
    'We do not sell your data.',
    'Wij verkopen uw gegevens niet.',
    'In the preceding 12 months, we have not sold personal information.',
    'Do Not Sell My Personal Information',
    'You can opt out of the sale of your personal information.',
    'Do you sell my data?',
    'If we sell our business, your data may be transferred to the buyer.',
    'We sell bicycles online.',
    'Wij verkopen fietsen.',
    'We sell data plans for travellers.',
    'Information from TVs sold in Europe is sent to our servers.',
  ])('is not read in "%s"', (text) => {
    expect(affirmsSale(text)).toBe(false);
  });

  it('is not read in a list item under a denying lead-in', () => {
    expect(affirmsSale('• sell your personal data to anyone;', { leadIn: 'We will never:' })).toBe(false);
    expect(affirmsSale('• sell your personal data to anyone;', { leadIn: 'We may:' })).toBe(true);
  });
});

describe('ruledScore', () => {
  const score = { relevance: 0.2, level: 'green' as const, probs: { red: 0.1, amber: 0.05, green: 0.05 }, threshold: 0.325 };

  it('makes an affirmed sale a red sharing finding at least at the threshold', () => {
    expect(ruledScore('sharing', score, 'We sell your data.')).toMatchObject({ relevance: 0.325, level: 'red' });
    expect(ruledScore('sharing', { ...score, relevance: 0.9 }, 'We sell your data.').relevance).toBe(0.9);
  });

  it('leaves other categories and other sentences to the model and the green rule', () => {
    expect(ruledScore('tracking', score, 'We sell your data.')).toMatchObject({ relevance: 0.2, level: 'red' });
    expect(ruledScore('sharing', score, 'We do not sell your data.')).toMatchObject({ relevance: 0.2, level: 'green' });
  });
});

describe('the "Do Not Sell" link name', () => {
  it('is no promise on its own', () => {
    expect(greenRestsOnLinkName('Click the "Do Not Sell or Share My Personal Information" link in the footer.')).toBe(true);
    expect(greenRestsOnLinkName('Use the Do Not Sell My Info link.')).toBe(true);
  });

  it('leaves a real denial, or a unit without the link, alone', () => {
    expect(greenRestsOnLinkName('We do not sell your data; you may still use the "Do Not Sell My Personal Information" link.')).toBe(false);
    expect(greenRestsOnLinkName('We do not sell your data.')).toBe(false);
  });

  it('drops a green sharing finding that rests on it', () => {
    const green = { relevance: 0.6, level: 'green' as const, probs: { red: 0.05, amber: 0.05, green: 0.5 }, threshold: 0.3 };
    expect(ruledScore('sharing', green, 'Click the "Do Not Sell My Personal Information" link.').relevance).toBe(0);
    expect(ruledScore('sharing', green, 'We do not sell your personal information.').relevance).toBe(0.6);
  });
});
