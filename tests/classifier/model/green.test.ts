import { greenIsJustified, isHeadingLabel, isListLabel, justifiedLevel, onlyDisclaimsScope } from '../../../src/classifier/model/green';
import { ruledScore } from '../../../src/classifier/model/rules';

const probs = { red: 0.3, amber: 0.2, green: 0.4 };

describe('green needs a commitment the unit shows', () => {
  it('is justified by a negation', () => {
    expect(greenIsJustified('sharing', 'Wij verkopen uw gegevens niet.')).toBe(true);
    expect(greenIsJustified('tracking', 'We do not use tracking cookies.')).toBe(true);
  });

  it('is justified by a limiting concept of the category', () => {
    expect(greenIsJustified('tracking', 'Only strictly necessary cookies are placed.')).toBe(true);
    expect(greenIsJustified('transfer', 'Your data stays within the EU.')).toBe(true);
  });

  it('is justified by a denying lead-in above a list item', () => {
    expect(greenIsJustified('sharing', '• sell your data to advertisers;', { leadIn: 'We will never:' })).toBe(true);
    expect(greenIsJustified('sharing', '• sell your data to advertisers;', { leadIn: 'We may:' })).toBe(false);
  });

  it('is not justified by words alone', () => {
    expect(greenIsJustified('tracking', 'We place tracking cookies.')).toBe(false);
    expect(greenIsJustified('sharing', 'Wij verkopen uw gegevens aan andere bedrijven.')).toBe(false);
    // "the EU" inside "outside the EU" is no promise to stay in it.
    expect(greenIsJustified('transfer', 'Your data is stored outside the EU.')).toBe(false);
    // Nor are the names listed after it.
    expect(greenIsJustified('transfer', 'De persoonsgegevens mogen worden bestemd op locaties buiten de Europese Unie (EU) of de Europese Economische Ruimte (EER).')).toBe(false);
    expect(greenIsJustified('transfer', 'Your data may be processed outside the European Union or the European Economic Area.')).toBe(false);
  });

  it('is not justified by a promise the unit withholds', () => {
    expect(greenIsJustified('transfer', 'We cannot guarantee that your data will not be transferred outside the EU.')).toBe(false);
    expect(greenIsJustified('transfer', 'Wij kunnen niet garanderen dat uw gegevens de EU niet verlaten.')).toBe(false);
    expect(greenIsJustified('sharing', "We don't guarantee that partners will never see your data.")).toBe(false);
  });

  it('is not justified by what stops once the reader opts out', () => {
    expect(greenIsJustified('tracking', 'Als u geen gerichte reclame meer wilt ontvangen, worden de gegevens die aan deze cookies gekoppeld zijn niet meer gebruikt.')).toBe(false);
    expect(greenIsJustified('tracking', 'If you no longer want personalised ads, we will not use your browsing data for them.')).toBe(false);
    expect(greenIsJustified('tracking', 'We will not use your browsing data for personalised ads.')).toBe(true);
  });

  it('still reads a promise to stay in the EU beside a mention of leaving it', () => {
    expect(greenIsJustified('transfer', 'We store your data in the EU, but our support team outside the EEA can access it.')).toBe(true);
  });

  it('turns an unjustified green into the likelier of red and amber', () => {
    expect(justifiedLevel('tracking', 'green', probs, 'We place tracking cookies.')).toBe('red');
    expect(justifiedLevel('tracking', 'green', { ...probs, amber: 0.35 }, 'We place tracking cookies.')).toBe('amber');
    expect(justifiedLevel('tracking', 'green', probs, 'We place no tracking cookies.')).toBe('green');
    expect(justifiedLevel('tracking', 'amber', probs, 'We place tracking cookies.')).toBe('amber');
  });
});

describe("a list's label", () => {
  const green = { relevance: 0.6, level: 'green' as const, probs: { red: 0.1, amber: 0.1, green: 0.4 }, threshold: 0.15 };

  it('is a short unit ending in a colon that neither denies nor says "only"', () => {
    expect(isListLabel('Within the EU or EEA:')).toBe(true);
    expect(isListLabel('Binnen de EU of EER:')).toBe(true);
    expect(isListLabel('Your data is stored only in:')).toBe(false);
    expect(isListLabel('We will never:')).toBe(false);
    expect(isListLabel('Within the EU, all data is stored in Frankfurt.')).toBe(false);
    expect(isListLabel('Wij slaan uw gegevens op bij de volgende partijen binnen de EU:')).toBe(false);
  });

  it('is never a green finding, while a promise stays one', () => {
    expect(ruledScore('transfer', green, 'Within the EU or EEA:').relevance).toBe(0);
    expect(ruledScore('transfer', green, 'Your data is stored only in:')).toMatchObject({ relevance: 0.6, level: 'green' });
  });

  it('is no finding at all when it names where or for whom its items hold, but keeps a stated practice', () => {
    expect(isHeadingLabel('Outside the EU or the EEA:')).toBe(true);
    expect(isHeadingLabel('Buiten de EU of de EER:')).toBe(true);
    expect(isHeadingLabel('VOOR ZAKELIJKE GEBRUIKERS (B2B):')).toBe(true);
    expect(isHeadingLabel('For example:')).toBe(true);
    expect(isHeadingLabel('We share personal data with:')).toBe(false);
    expect(isHeadingLabel('Outside the EU, we use processors in India and the United States.')).toBe(false);
    expect(ruledScore('transfer', { ...green, level: 'red' }, 'Outside the EU or the EEA:').relevance).toBe(0);
    expect(ruledScore('sharing', { ...green, level: 'amber' }, 'Wij kunnen uw gegevens verstrekken aan:')).toMatchObject({ relevance: 0.6, level: 'amber' });
  });
});

describe('a line that says where the policy stops', () => {
  const green = { relevance: 0.6, level: 'green' as const, probs: { red: 0.1, amber: 0.1, green: 0.4 }, threshold: 0.25 };

  it.each([
    'This policy does not cover the cookies placed by advertising networks.',
    'The use of that information by third-party websites linked to our site is not covered by this Privacy Statement.',
    'We are not responsible for the privacy practices of third-party websites.',
    'Het gebruik van die informatie door websites van derden valt niet onder deze privacyverklaring.',
    'Deze verklaring is niet van toepassing op cookies van derden.',
    'Wij hebben geen controle over cookies van derden.',
  ])('is no green finding: "%s"', (text) => {
    expect(onlyDisclaimsScope(text)).toBe(true);
    expect(ruledScore('tracking', green, text).relevance).toBe(0);
  });

  it('leaves a promise beside it, and red or amber readings, alone', () => {
    const both = 'We do not sell your data, and we are not responsible for third-party sites.';
    expect(onlyDisclaimsScope(both)).toBe(false);
    expect(ruledScore('sharing', green, both)).toMatchObject({ relevance: 0.6, level: 'green' });
    expect(ruledScore('sharing', green, 'We do not sell your data.')).toMatchObject({ relevance: 0.6, level: 'green' });
    const red = { ...green, level: 'red' as const };
    expect(ruledScore('tracking', red, 'This policy does not cover the cookies placed by advertising networks.')).toMatchObject({ relevance: 0.6, level: 'red' });
  });
});
