import { classifySentence } from '../../../src/classifier/model/index';
import type { Category, Lang, Level } from '../../../src/classifier/types';

type Expectation = [text: string, lang: Lang, category: Category, level: Level];

// Clear cases a shipped model must get right; borderline sentences belong in eval, not here.
const CLEAR: Expectation[] = [
  ['Wij verkopen uw gegevens niet.', 'nl', 'sharing', 'green'],
  ['We do not sell your personal information.', 'en', 'sharing', 'green'],
  ['We share your data with advertising partners for their own marketing.', 'en', 'sharing', 'red'],
  ['Your data is stored on servers in the United States.', 'en', 'transfer', 'red'],
  ['Uw gegevens worden opgeslagen op servers in de Verenigde Staten.', 'nl', 'transfer', 'red'],
  ['We use Google Analytics to count visits.', 'en', 'tracking', 'amber'],
  ['We never share your data with third parties.', 'en', 'sharing', 'green'],
  ['Wij verstrekken nooit gegevens aan derden.', 'nl', 'sharing', 'green'],
  ['Wij gebruiken cookies van derden om je gepersonaliseerde advertenties te tonen.', 'nl', 'tracking', 'red'],
  ['Transfers outside the EEA are covered by the standard contractual clauses of the European Commission.', 'en', 'transfer', 'amber'],
  ['Voor doorgifte buiten de EER maken wij gebruik van modelcontractbepalingen.', 'nl', 'transfer', 'amber'],
  ['Al uw gegevens worden uitsluitend opgeslagen in de EU.', 'nl', 'transfer', 'green'],
  ['We share your data with service providers who process it on our behalf.', 'en', 'sharing', 'amber'],
  ['Wij maken gebruik van verwerkers die in onze opdracht gegevens verwerken.', 'nl', 'sharing', 'amber'],
  // Short plain statements: most short units in a policy are headings, which must not teach the
  // model that a short sentence says nothing.
  ['Wij maken gebruik van cookies.', 'nl', 'tracking', 'amber'],
  // Cookie banners and one-line summaries (round s).
  ['We use cookies.', 'en', 'tracking', 'amber'],
  ['Geen advertenties.', 'nl', 'tracking', 'green'],
  // The site speaking of itself opens like "our website", not like "this information" (features.ts).
  ['This website uses cookies.', 'en', 'tracking', 'amber'],
  ['Deze website gebruikt cookies.', 'nl', 'tracking', 'amber'],
  ['We do not track you.', 'en', 'tracking', 'green'],
  ['We sell your personal data to advertisers.', 'en', 'sharing', 'red'],
  ['Wij verkopen uw gegevens aan andere bedrijven.', 'nl', 'sharing', 'red'],
  ['We track your location.', 'en', 'tracking', 'red'],
  // A bare sale, read by the sale rule (sale.ts), not the model alone.
  ['We sell your data.', 'en', 'sharing', 'red'],
  ['Wij verkopen uw gegevens.', 'nl', 'sharing', 'red'],
  // Do Not Track and Global Privacy Control honoured (TAXONOMY: green), partly by signals-honoured.ts.
  ['We honour Do Not Track signals.', 'en', 'tracking', 'green'],
  ['We honor Global Privacy Control signals sent by your browser.', 'en', 'tracking', 'green'],
  ['We do not currently respond to Do Not Track (DNT) browser signals.', 'en', 'tracking', 'red'],
  ['We use tracking cookies.', 'en', 'tracking', 'red'],
  ['Uw gegevens blijven in de EU.', 'nl', 'transfer', 'green'],
  ['We transfer your data outside the EEA.', 'en', 'transfer', 'red'],
  // A hedged promise is none (green.ts).
  ['We cannot guarantee that your data will not be transferred outside the EU.', 'en', 'transfer', 'red'],
  ['Wij geven uw gegevens door aan landen buiten de EER.', 'nl', 'transfer', 'red'],
];

// A practice and its denial share almost every word; the affirmation must never read as a promise.
const AFFIRMED: [text: string, lang: Lang, category: Category][] = [
  ['Wij verkopen uw gegevens aan andere bedrijven.', 'nl', 'sharing'],
  ['We sell your data.', 'en', 'sharing'],
  ['Wij delen uw gegevens met adverteerders.', 'nl', 'sharing'],
  ['We share your data with advertisers.', 'en', 'sharing'],
  ['Wij gebruiken tracking cookies.', 'nl', 'tracking'],
  ['We use tracking cookies.', 'en', 'tracking'],
  ['Uw gegevens worden buiten de EU opgeslagen.', 'nl', 'transfer'],
  ['Your data is stored outside the EU.', 'en', 'transfer'],
];

describe('classifySentence with the shipped model', () => {
  it.each(CLEAR)('%s → %s %s %s', (text, lang, category, level) => {
    const findings = classifySentence(text, lang);
    const finding = findings.find((f) => f.category === category);
    expect(finding?.level).toBe(level);
    expect(finding?.score).toBeGreaterThan(0);
    expect(finding?.score).toBeLessThanOrEqual(1);
    expect(finding?.reasonKey.startsWith(`reason_${category}_${level}`)).toBe(true);
    expect(text).toContain(finding?.cue ?? '\u0000');
  });

  it.each(AFFIRMED)('does not read "%s" as a green %s', (text, lang, category) => {
    const finding = classifySentence(text, lang).find((f) => f.category === category);
    expect(finding?.level ?? 'none').not.toBe('green');
  });

  it.each([
    ['Cookies', 'en'],
    ['Delen met derden', 'nl'],
    ['What are cookies?', 'en'],
    ['You have the right to access your personal data.', 'en'],
    ['U heeft het recht om uw gegevens in te zien.', 'nl'],
    ['Contact us at privacy@example.com.', 'en'],
  ] as [string, Lang][])('finds nothing in "%s"', (text, lang) => {
    expect(classifySentence(text, lang)).toEqual([]);
  });

  it('copes with empty and symbol-only text', () => {
    expect(classifySentence('', 'en')).toEqual([]);
    expect(classifySentence('• 🙂', 'nl')).toEqual([]);
  });

  it('names the cue that fired', () => {
    const [finding] = classifySentence('Voor doorgifte buiten de EER maken wij gebruik van modelcontractbepalingen.', 'nl');
    expect(finding?.reasonKey).toBe('reason_transfer_amber_scc');
    expect(finding?.cue).toBe('modelcontractbepalingen');
  });

  it('finds several categories in one sentence, at most one finding each', () => {
    const findings = classifySentence('Your data is shared with our processors in the United States under standard contractual clauses.', 'en');
    const categories = findings.map((f) => f.category);
    expect(new Set(categories).size).toBe(categories.length);
    expect(categories).toEqual(expect.arrayContaining(['sharing', 'transfer']));
    expect(findings.find((f) => f.category === 'transfer')?.level).toBe('amber');
  });
});
