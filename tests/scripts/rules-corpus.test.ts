import { loadCorpus } from '../../scripts/model/dataset';
import { silenced } from '../../src/classifier/model/rules';
import { affirmsCookieUse } from '../../src/classifier/model/cookie-use';
import { postsMadePublic } from '../../src/classifier/model/public-posts';
import { disclosesWhenLawRequires } from '../../src/classifier/model/legal-disclosure';
import { CATEGORIES } from '../../src/classifier/types';

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

  it('are not what a stated use of cookies is: nearly all of those are tracking findings', () => {
    const stated = corpus.filter((row) => affirmsCookieUse(row.text, row.leadIn === undefined ? {} : { leadIn: row.leadIn }));
    expect(stated.length).toBeGreaterThan(300);
    expect(stated.filter((row) => row.labels.tracking !== undefined).length / stated.length).toBeGreaterThan(0.9);
  });

  it('are not what posts made public are: nearly all of those are sharing findings', () => {
    const posted = corpus.filter((row) => postsMadePublic(row.text, row.leadIn === undefined ? {} : { leadIn: row.leadIn }));
    expect(posted.length).toBeGreaterThan(50);
    expect(posted.filter((row) => row.labels.sharing !== undefined).length / posted.length).toBeGreaterThan(0.9);
  });

  it('are not what disclosures the law requires are: nearly all of those are sharing findings', () => {
    const disclosed = corpus.filter((row) => disclosesWhenLawRequires(row.text, row.leadIn === undefined ? {} : { leadIn: row.leadIn }));
    expect(disclosed.length).toBeGreaterThan(150);
    expect(disclosed.filter((row) => row.labels.sharing !== undefined).length / disclosed.length).toBeGreaterThan(0.9);
  });
});
