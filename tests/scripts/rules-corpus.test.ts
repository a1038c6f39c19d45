import { loadCorpus } from '../../scripts/model/dataset';
import { silenced } from '../../src/classifier/model/rules';
import { affirmsCookieUse } from '../../src/classifier/model/cookie-use';
import { postsMadePublic } from '../../src/classifier/model/public-posts';
import { disclosesWhenLawRequires } from '../../src/classifier/model/legal-disclosure';
import { CATEGORIES, type Category } from '../../src/classifier/types';

// The rules that silence a unit (a question, a definition, the reader's rights, data that only
// comes in, …) overrule the model, so they must agree with the labelled data they were drawn from:
// a rule that starts silencing labelled findings has become a guess.
describe('the units the rules silence, in the labelled corpus', () => {
  const corpus = loadCorpus('data');

  it.each(CATEGORIES)('are almost never %s findings', (category) => {
    const muted = corpus.filter((row) => silenced(category, row.text));
    const labelled = muted.filter((row) => row.labels[category] !== undefined);
    expect(muted.length).toBeGreaterThan(1000);
    expect(labelled.length / muted.length).toBeLessThan(0.005);
  });

  // The rules that make a finding of a unit, the reverse: nearly all of what each reads is a finding.
  it.each<[string, (text: string, context: { leadIn?: string }) => boolean, Category, number]>([
    ['a stated use of cookies', affirmsCookieUse, 'tracking', 300],
    ['posts made public', postsMadePublic, 'sharing', 50],
    ['disclosures the law requires', disclosesWhenLawRequires, 'sharing', 150],
  ])('are not what %s reads: nearly all of those are %s findings', (_, rule, category, atLeast) => {
    const read = corpus.filter((row) => rule(row.text, row.leadIn === undefined ? {} : { leadIn: row.leadIn }));
    expect(read.length).toBeGreaterThan(atLeast);
    expect(read.filter((row) => row.labels[category] !== undefined).length / read.length).toBeGreaterThan(0.9);
  });
});
