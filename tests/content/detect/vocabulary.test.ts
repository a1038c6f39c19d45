import { decideCandidate, MIN_WORDS, type FirstPass } from '../../../src/content/detect';
import { measureVocabulary } from '../../../src/content/detect/vocabulary';

const positive: FirstPass = {
  verdict: 'positive',
  signals: { url: true, urlMaybe: true, title: true, h1: true, h2: false, elsewhere: false, sections: 0, linkSelf: false },
};
const inconclusive: FirstPass = { ...positive, verdict: 'inconclusive', signals: { ...positive.signals, url: false, title: false, h1: false } };

const EN_POLICY = [
  'We collect your personal data when you create an account.',
  'We use cookies and pixel tags from third parties.',
  'Our legal basis is our legitimate interest.',
  'You have the right of access and the right to rectification.',
  'We retain order data for seven years.',
  'You can lodge a complaint with the supervisory authority.',
  'We take appropriate security measures.',
  'The controller is Acme Ltd.',
  'We may update this privacy policy.',
].join(' ');

function padded(text: string, words = MIN_WORDS): string {
  return `${text} ${'filler '.repeat(words)}`;
}

describe('policy vocabulary', () => {
  test('counts distinct policy topics and first-person practices', () => {
    const v = measureVocabulary(EN_POLICY);
    expect(v.policyGroups).toBeGreaterThanOrEqual(9);
    expect(v.practices).toBeGreaterThanOrEqual(3);
    expect(v.termsGroups).toBe(0);
  });

  test('Dutch and German policies, including umlaut-initial words', () => {
    const nl = measureVocabulary('Wij verwerken je persoonsgegevens. Wij delen gegevens met derden. Je hebt recht op inzage. Je kunt een klacht indienen bij de Autoriteit Persoonsgegevens.');
    expect(nl.practices).toBe(2);
    expect(nl.policyGroups).toBe(4);
    const de = measureVocabulary('Wir übermitteln Ihre Daten. Änderungen dieser Datenschutzerklärung sind möglich. Sie haben ein Recht auf Datenübertragbarkeit.');
    expect(de.practices).toBeGreaterThanOrEqual(1);
    // rights, changes to the policy, and the policy naming itself ("dieser Datenschutzerklärung")
    expect(de.policyGroups).toBe(3);
  });

  test('terms concepts count only when they recur', () => {
    expect(measureVocabulary('Our liability is limited.').termsGroups).toBe(0);
    expect(measureVocabulary('Our liability is limited. Liability for negligence remains.').termsGroups).toBe(1);
  });

  test('reporting words are measured per thousand words', () => {
    const v = measureVocabulary('The regulator said so. A spokesperson told reporters the company disagrees.');
    expect(v.reportingPerThousand).toBeGreaterThan(100);
  });
});

describe('candidate decision', () => {
  test('a negative first pass never reads the text', () => {
    const d = decideCandidate({ ...positive, verdict: 'negative' }, padded(EN_POLICY));
    expect(d).toMatchObject({ candidate: false, reason: 'no-signal', vocabulary: null });
  });

  test('a full policy with signals is a candidate', () => {
    expect(decideCandidate(positive, padded(EN_POLICY))).toMatchObject({ candidate: true, reason: 'signals-and-vocabulary' });
  });

  test('without URL or title signals more topics are needed', () => {
    const few = 'We collect your personal data. We use cookies. You have the right of access. We share it with third parties. The controller is Acme.';
    expect(decideCandidate(positive, padded(few)).candidate).toBe(true);
    expect(decideCandidate(inconclusive, padded(few))).toMatchObject({ candidate: false, reason: 'few-topics' });
    expect(decideCandidate(inconclusive, padded(EN_POLICY)).candidate).toBe(true);
  });

  test.each([
    ['too-short', EN_POLICY],
    ['no-practices', padded('Cookies are small files. Third parties read them. Personal data is regulated by the GDPR. Children should be careful.')],
    ['news', padded(`${EN_POLICY} The regulator said. A spokesperson said. Experts said. She said. He told reporters.`, 600)],
    ['terms', padded(`${EN_POLICY.slice(0, 200)} By using the site you agree. You agree to pay. Our liability is limited; liability excludes loss. Governing law: England; jurisdiction of its courts. We may terminate; termination is final. Intellectual property is ours; intellectual property stays ours. Delivery in five days; delivery costs apply. Terms of service apply; these terms of service change.`)],
  ])('%s', (reason, text) => {
    expect(decideCandidate(positive, text)).toMatchObject({ candidate: false, reason });
  });
});
