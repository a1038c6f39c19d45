import type { Example } from '../../scripts/model/dataset';
import { heldOutRound } from '../../scripts/model/held-out-round';
import { featurise } from '../../scripts/model/train-core';
import { fixture } from './support/fixture-corpus';

// A made-up word the rest of the corpus never uses: if the held-out round leaked into training,
// its predictions would follow whatever label the round gives it.
const leaked = (i: number): Example => ({ text: `Zorblax quintessa ${i}.`, lang: 'en', labels: { sharing: 'red' }, source: 'authored', doc: `en-i-probe-${i % 2}` });

describe('the held-out authoring round', () => {
  const data = featurise([...fixture(), ...Array.from({ length: 12 }, (_, i) => leaked(i))]);
  const result = heldOutRound(data, ['en-i-']);

  it('grades exactly the documents of that round, with the baseline beside the model', () => {
    expect(result.model).toHaveLength(12);
    expect(result.baseline).toHaveLength(12);
    expect(result.model.every((r) => r.doc.startsWith('en-i-') && r.gold.sharing === 'red')).toBe(true);
  });

  it('never trains on them: relabelling them changes no prediction', () => {
    const relabelled = Array.from({ length: 12 }, (_, i): Example => ({ ...leaked(i), labels: { tracking: 'green' } }));
    const again = heldOutRound(featurise([...fixture(), ...relabelled]), ['en-i-']);
    expect(again.model.map((r) => r.pred)).toEqual(result.model.map((r) => r.pred));
    expect(again.model.map((r) => r.gold)).not.toEqual(result.model.map((r) => r.gold));
  });

  it('grades nothing when no document belongs to the round', () => {
    expect(heldOutRound(featurise(fixture()), ['nl-z-'])).toEqual({ model: [], baseline: [] });
  });
});
