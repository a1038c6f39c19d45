import { extractFeatures, conceptFeatures } from '../../../src/classifier/model/features';
import { negationScope } from '../../../src/classifier/model/negation';
import { tokenize } from '../../../src/classifier/model/tokens';

const concepts = (text: string) => conceptFeatures(text).hits.map((h) => h.feature);
const negatedWords = (text: string) => {
  const tokens = tokenize(text);
  const scope = negationScope(text, tokens);
  return tokens.filter((_, i) => scope.negated[i]).map((t) => t.norm);
};

describe('negation scope', () => {
  it('marks the English clause after the negator', () => {
    expect(negatedWords('We do not sell your data, but we share it with partners.')).toEqual(['we', 'do', 'not', 'sell', 'your', 'data']);
  });

  it('reaches back to the verb in Dutch, where "niet" comes last', () => {
    expect(negatedWords('Wij verkopen uw gegevens niet.')).toContain('verkopen');
    expect(concepts('Wij verkopen uw gegevens niet.')).toContain('!c:sell');
  });

  it('reads "nobody / niemand / niks" as negators', () => {
    expect(concepts('Wij verkopen uw gegevens aan niemand.')).toContain('!c:sell');
    expect(concepts('Aan adverteerders verkopen we niks.')).toContain('!c:sell');
    expect(concepts('We sell your data to nobody.')).toContain('!c:sell');
  });

  it('does not end the clause at an adverb such as "echter" or "however"', () => {
    expect(concepts('Wij verkopen echter geen gegevens over uw gezondheid.')).toContain('!c:sell');
    expect(concepts('We will however never sell your data.')).toContain('!c:sell');
  });

  it('reads "Do Not Track" as the name of a signal, not a denial', () => {
    expect(negatedWords('We honour Do Not Track signals.')).toEqual([]);
    expect(negatedWords('Wij respecteren de ‘do not track’-instelling van je browser.')).toEqual([]);
    expect(negatedWords('We respect the do not track setting of your browser.')).toEqual([]);
    expect(negatedWords('We do not respond to Do Not Track signals.')).toContain('respond');
    expect(negatedWords('Wij reageren niet op Do Not Track-signalen.')).toContain('reageren');
    expect(negatedWords('We do not track you across websites.')).toContain('track');
  });

  it('finds the Do Not Track signal by its name, not in a plain denial of tracking', () => {
    const concepts = (text: string) => conceptFeatures(text).concepts;
    expect(concepts('We honour Do Not Track signals.')).toContain('c:dnt');
    expect(concepts('Wij respecteren de Do Not Track-instelling van je browser.')).toContain('c:dnt');
    expect(concepts('We do not respond to Do Not Track signals.')).toContain('!c:dnt');
    expect(concepts('We do not track you.')).not.toContain('!c:dnt');
  });

  it('does not negate "not only" or "niet beperkt tot"', () => {
    expect(negatedWords('We share not only your name but also your address.')).toEqual([]);
    expect(negationScope('waaronder maar niet beperkt tot derden', tokenize('waaronder maar niet beperkt tot derden')).hasNegation).toBe(false);
  });

  it('notes an exception that weakens the commitment', () => {
    const text = 'We never share your data except with your consent.';
    expect(negationScope(text, tokenize(text)).hasException).toBe(true);
    expect(extractFeatures(text, 'en').names).toContain('neg+exc');
    expect(concepts(text)).toEqual(expect.arrayContaining(['!c:share', 'c:consent']));
  });

  it('carries the negator over a comma-separated list of verbs', () => {
    expect(concepts('We never sell, rent or trade your personal information.')).not.toContain('c:sell');
    expect(concepts('Personeelsdossiers worden niet verkocht, verhuurd of anderszins geëxploiteerd.')).not.toContain('c:sell');
    expect(negatedWords('We do not sell your data, or share it with advertisers.')).toContain('share');
  });

  it('stops at a comma that opens a clause of its own', () => {
    expect(negatedWords('We do not sell your data, and we share it with partners.')).not.toContain('share');
    expect(negatedWords('We do not sell your data, we share it.')).not.toContain('share');
  });

  it('leaves affirmative sentences unmarked', () => {
    expect(concepts('We sell your data to data brokers.')).toEqual(expect.arrayContaining(['c:sell', 'c:brokers']));
    expect(concepts('We sell your data to data brokers.')).not.toContain('!c:sell');
  });
});

describe('bilingual concepts', () => {
  const pairs: [string, string, string][] = [
    ['We share data with third parties.', 'Wij delen gegevens met derden.', 'c:thirdparty'],
    ['Data may be transferred outside the EEA.', 'Gegevens kunnen buiten de EER worden doorgegeven.', 'c:outside_eea'],
    ['We rely on standard contractual clauses.', 'Wij gebruiken modelcontractbepalingen.', 'c:scc'],
    ['Servers in the United States.', 'Servers in de Verenigde Staten.', 'c:country_risky'],
    ['We use web beacons.', 'Wij gebruiken webbakens.', 'c:tracker'],
    ['We use profiling.', 'Wij passen profilering toe.', 'c:profiling'],
    ['Our processors act on instructions.', 'Onze verwerkers volgen instructies.', 'c:processor'],
    ['Shared with our affiliates.', 'Gedeeld met groepsmaatschappijen.', 'c:group'],
    ['We tell the police.', 'Wij informeren de politie.', 'c:authorities'],
    ['In case of a merger.', 'Bij een fusie.', 'c:merger'],
    ['Processed worldwide.', 'Wereldwijd verwerkt.', 'c:worldwide'],
    ['Under the Privacy Shield.', 'Onder het Privacy Shield.', 'c:privacy_shield'],
    ['Based on an adequacy decision.', 'Op basis van een adequaatheidsbesluit.', 'c:adequacy'],
    ['We use your location.', 'Wij gebruiken je locatie.', 'c:location'],
  ];
  it.each(pairs)('%s / %s → %s', (en, nl, id) => {
    expect(concepts(en)).toContain(id);
    expect(concepts(nl)).toContain(id);
  });

  it('finds a Dutch separable verb around its object ("geven … door aan")', () => {
    expect(concepts('Wij geven uw gegevens door aan landen buiten de EER.')).toContain('c:share');
    expect(concepts('Garantieclaims sturen we met je naam door naar de fabrikant.')).toContain('c:share');
    expect(concepts('Wij geven uw gegevens niet door.')).toContain('!c:share');
    // "door" naming who acts is not a particle.
    expect(concepts('Deze gegevens worden gebruikt door aan ons gelieerde bedrijven.')).not.toContain('c:share');
  });

  it('finds compounds ("trackingcookies") and reports the cue span', () => {
    const view = conceptFeatures('Wij plaatsen trackingcookies.');
    const hit = view.hits.find((h) => h.feature === 'c:cookie');
    expect(hit).toBeDefined();
    expect(view.tokens[hit?.hit.from ?? -1]?.norm).toBe('trackingcookies');
  });
});

describe('features', () => {
  it('mark word pairs inside a negation, so an affirmation shares none with its denial', () => {
    const affirmed = extractFeatures('Wij verkopen uw gegevens aan andere bedrijven.', 'nl').names.filter((n) => n.includes('b:'));
    const denied = extractFeatures('Wij verkopen uw gegevens niet aan andere bedrijven.', 'nl').names.filter((n) => n.includes('b:'));
    expect(affirmed.every((n) => n.startsWith('b:'))).toBe(true);
    expect(denied.every((n) => n.startsWith('!b:'))).toBe(true);
  });

  it('say which way data moves relative to a party, in both languages', () => {
    const dir = (text: string, lang: string) => extractFeatures(text, lang).names.filter((n) => n.startsWith('d:'));
    expect(dir('We share your data with our partners and third parties.', 'en')).toEqual(['d:to:c:thirdparty']);
    expect(dir('Wij verstrekken uw gegevens aan derden.', 'nl')).toEqual(['d:to:c:thirdparty']);
    expect(dir('We receive information about you from third parties.', 'en')).toEqual(['d:from:c:thirdparty']);
    expect(dir('Wij ontvangen gegevens via bronnen van derden.', 'nl')).toEqual(['d:from:c:thirdparty']);
    expect(dir('Deze gegevens kunnen worden gebruikt door derden.', 'nl')).toEqual(['d:by:c:thirdparty']);
    expect(dir('Third parties may use this data.', 'en')).toEqual([]);
  });

  it('are sorted and distinct, with previous-sentence concepts under their own prefix', () => {
    const { names } = extractFeatures('They may use it.', 'en', { previous: 'We share data with advertising partners.' });
    expect([...names].sort()).toEqual(names);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(expect.arrayContaining(['p:c:ads', 'p:c:thirdparty']));
    expect(names).not.toContain('c:ads');
  });
});

describe('the site speaking of itself', () => {
  it('opens like "our website", not like "this information"', () => {
    const { names } = extractFeatures('This website uses cookies.', 'en');
    expect(names).toContain('b:^_our');
    expect(names).not.toContain('b:^_this');
    expect(extractFeatures('Deze website gebruikt cookies.', 'nl').names).toContain('b:^_ons');
    expect(extractFeatures('This information is kept for a year.', 'en').names).not.toContain('b:^_our');
  });
});
