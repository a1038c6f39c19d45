import { loadCorpus } from '../../scripts/model/dataset';
import { silenced } from '../../src/classifier/model/rules';
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
});
