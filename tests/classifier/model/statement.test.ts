import { deniedHereOrInLeadIn, isQuestion, marketsOnlyItself, onlyReceives, statesNoPractice, statesRetention } from '../../../src/classifier/model/statement';
import { ruledScore } from '../../../src/classifier/model/rules';

describe('a unit that states no practice', () => {
  it.each([
    ['a question', 'Which features are used more often than others?'],
    ['the organisation naming itself "we"', 'Loomwear B.V. ("Loomwear", "we", "us") runs the online shop at loomwear.example.'],
    ['the organisation naming itself "wij"', 'Kaseya, en de aan haar gelieerde bedrijven en partners van de groep (“wij”, “ons” of “onze”) erkennen de noodzaak van bescherming.'],
    ['respect for privacy', 'AO Kaspersky Lab en alle andere bedrijven die behoren tot de groep respecteren uw privacy.'],
    ['a defined term', "‘Personal Data' in this Privacy Statement means information that can be used to identify you."],
    ['a defined Dutch term', "In deze Privacyverklaring bedoelen wij met 'Business Partners' iedere onderaannemer of leverancier."],
    ["the reader's rights", 'You have the right to receive your Personal Data in a machine-readable format.'],
    ["the reader's Dutch rights", 'We erkennen dat u het recht heeft op toegang tot uw persoonsgegevens.'],
    ['a pointer elsewhere', 'For more information about the Data Privacy Framework, visit the website of the U.S. Department of Commerce.'],
    ['a Dutch pointer elsewhere', 'Meer informatie over het gebruik van cookies en vergelijkbare volgtechnologieën vindt u in onze cookieverklaring.'],
    ['browsers in general', 'Many browsers are set to accept cookies by default.'],
    ["others' own privacy policies", 'Houd er rekening mee dat sommige van onze producten toepassingen omvatten van derden wiens privacybeleid kan afwijken van dat van Kaspersky Lab.'],
    ['how the reader refuses cookies', 'You can render some web beacons unusable by rejecting cookies in your web browser as described above.'],
    ['how the reader refuses cookies, in Dutch', 'U kunt cookies op elk moment verwijderen via de instellingen van uw browser.'],
    ['an instruction to the reader', 'If the laws of your country consider you a child, please do not provide Personal Data through our websites without the consent of a parent.'],
    ['a Dutch instruction to the reader', 'Gelieve geen bijzondere persoonsgegevens in uw cv op te nemen.'],
    ["its own staff's access limited", '• We restrict access to personal data by our employees and contractors who do not need to know the data in order to process it for us.'],
    ["its own staff's access limited, in Dutch", 'Toegang tot klantgegevens is beperkt tot medewerkers die deze nodig hebben voor hun werk.'],
    ["others' policies, with a disclaimer", 'Onze website kan links bevatten naar websites van derden; Tandrix is niet verantwoordelijk voor het privacybeleid van die websites.'],
    ['what a technology is', 'Een webbaken is een elektronische afbeelding die gebruikt wordt om een cookie te herkennen.'],
    ['what refusing cookies costs', 'If you reject cookies, you may still use our site, but some features of our site may be limited.'],
    ['what refusing cookies costs, in Dutch and with a "not"', 'Als u cookies uitschakelt, kan de website niet goed functioneren.'],
  ])('%s', (_, text) => {
    expect(statesNoPractice(text)).toBe(true);
  });

  it.each([
    ['a practice', 'We share your personal data with advertising partners.'],
    ['a practice in the same words as a definition', 'Cookies are used to show you personalised ads.'],
    ['the right to opt out of a sale', 'You have the right to opt out of the sale of your personal information.'],
    ['a denial in a definition', "'Only necessary' means no ad or analytics cookies at all."],
    ['a right that is not the reader\'s', 'We reserve the right to transfer your data to a buyer of our business.'],
  ])('but not %s', (_, text) => {
    expect(statesNoPractice(text)).toBe(false);
  });

  it('is no finding in any category, at any level', () => {
    const red = { relevance: 0.9, level: 'red' as const, probs: { red: 0.8, amber: 0.1, green: 0 }, threshold: 0.3 };
    for (const category of ['tracking', 'sharing', 'transfer'] as const) {
      expect(ruledScore(category, red, 'To learn more about the Privacy Shield Framework, visit the Privacy Shield List.').relevance).toBe(0);
    }
    expect(ruledScore('sharing', red, 'We share your personal data with advertising partners.').relevance).toBe(0.9);
  });
});

describe('how the reader refuses', () => {
  it('keeps the reading of a unit that speaks of ads', () => {
    expect(statesNoPractice('You can upgrade to SkyCast Premium to remove ads, or limit ad tracking in your device settings.')).toBe(false);
  });
});

describe('an instruction to the reader', () => {
  it('keeps the reading of a unit that first states a practice', () => {
    expect(statesNoPractice('Posts in the community forum are visible to every visitor, so please do not publish licence keys there.')).toBe(false);
  });
});

describe("limits on the staff's access", () => {
  it.each([
    'Some of our vendors maintain support teams in India, and such personnel may have limited access to customer information.',
    'Onze medewerkers kunnen je dashboard alleen inzien als jij ze toegang geeft, en we verkopen geen transactiedata aan marketeers.',
  ])('keep the reading of a unit that names someone outside or a sale: %s', (text) => {
    expect(statesNoPractice(text)).toBe(false);
  });
});

describe("others' own privacy policies", () => {
  it.each([
    'Streaming apps on your TV are provided by third parties, and the information you give them is governed by their own privacy policies.',
    'If you provide personal data to any of these applications, your data is governed by the privacy statements of those third parties.',
    'Participating partners may combine this information with the data they already hold about you and use it in accordance with their own privacy policies.',
  ])('keep the reading of a unit that names a flow of data: %s', (text) => {
    expect(statesNoPractice(text)).toBe(false);
  });
});

describe('data that only comes in', () => {
  it.each([
    'We may obtain information about you from third-party sources, such as public databases and joint marketing partners.',
    'We kunnen informatie over u verkrijgen via bronnen van derden, zoals openbare databases.',
    "De informatie die we van andere bronnen kunnen ontvangen kan informatie over bekeken pagina's bevatten.",
    'Ook gebruiken wij gegevens die wij van partners ontvangen over je interesses.',
  ])('is no sharing: %s', (text) => {
    expect(onlyReceives(text)).toBe(true);
    const amber = { relevance: 0.7, level: 'amber' as const, probs: { red: 0.2, amber: 0.5, green: 0 }, threshold: 0.3 };
    expect(ruledScore('sharing', amber, text).relevance).toBe(0);
    expect(ruledScore('tracking', amber, text).relevance).toBe(0.7);
  });

  it('unless data also goes out', () => {
    expect(onlyReceives('We receive data from partners and share your e-mail address with them.')).toBe(false);
    expect(onlyReceives('Leden ontvangen aanbiedingen van onze partners; daarvoor stellen wij je naam beschikbaar aan deze partners.')).toBe(false);
    expect(onlyReceives('We share your data with third parties.')).toBe(false);
    expect(onlyReceives('Wij kunnen gegevens van partners ontvangen en uw e-mailadres verstrekken aan geselecteerde partners.')).toBe(false);
  });
});

describe("the organisation's own marketing to the reader", () => {
  it.each([
    'We may use this information to offer you relevant advertising, products and services and to prevent and detect fraud.',
    'Wij kunnen persoonsgegevens bijvoorbeeld gebruiken om marketing- en actie-informatie te verstrekken over producten en services die Veeam aanbiedt.',
  ])('is no sharing: %s', (text) => {
    expect(marketsOnlyItself(text)).toBe(true);
    const red = { relevance: 0.7, level: 'red' as const, probs: { red: 0.5, amber: 0.2, green: 0 }, threshold: 0.3 };
    expect(ruledScore('sharing', red, text).relevance).toBe(0);
    expect(ruledScore('tracking', red, text).relevance).toBe(0.7);
  });

  it('unless someone else takes part', () => {
    expect(marketsOnlyItself('We use the Meta Pixel on our course pages to measure our recruitment campaigns.')).toBe(false);
    expect(marketsOnlyItself('We use an external mailing house to send our newsletters.')).toBe(false);
    expect(marketsOnlyItself('We use your data to show you offers from our partners.')).toBe(false);
  });
});

describe('how long data is kept', () => {
  const amber = { relevance: 0.7, level: 'amber' as const, probs: { red: 0.2, amber: 0.5, green: 0 }, threshold: 0.3 };
  const text = 'We bewaren de persoonsgegevens die we namens onze klanten verwerken zo lang als nodig is.';

  it('is no sharing and no transfer, while cookies kept for days may still be tracking', () => {
    expect(statesRetention(text)).toBe(true);
    expect(statesRetention('We keep analytics cookies for 13 months.')).toBe(true);
    expect(statesRetention('We store your data on servers in the United States.')).toBe(false);
    expect(ruledScore('sharing', amber, text).relevance).toBe(0);
    expect(ruledScore('transfer', amber, text).relevance).toBe(0);
    expect(ruledScore('tracking', amber, 'We keep analytics cookies for 13 months.').relevance).toBe(0.7);
  });
});

describe('what the rules ask of a unit', () => {
  it('finds a denial in the unit or in its lead-in', () => {
    expect(deniedHereOrInLeadIn('sell your trip history;', { leadIn: 'We will never:' })).toBe(true);
    expect(deniedHereOrInLeadIn('sell your trip history;', { leadIn: 'We may:' })).toBe(false);
  });

  it('knows a question by its mark', () => {
    expect(isQuestion('Do you sell my data? ')).toBe(true);
    expect(isQuestion('We do not sell your data.')).toBe(false);
  });
});
