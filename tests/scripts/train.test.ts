import { classifyWith } from '../../src/classifier/model/index';
import { asModelFile } from '../../src/classifier/model/model-file';
import { categoryLogits, featureVector, loadModel } from '../../src/classifier/model/infer';
import { fixture } from './support/fixture-corpus';
import { DEFAULT_OPTIONS, featurise, seededRandom, stableJson, train } from '../../scripts/model/train-core';

const opts = { ...DEFAULT_OPTIONS, minCount: 1, epochs: 8 };

describe('training', () => {
  it('is deterministic: the same data gives byte-identical model files', () => {
    const a = stableJson(train(featurise(fixture()), opts));
    const b = stableJson(train(featurise(fixture()), opts));
    expect(a).toBe(b);
    expect(a.length).toBeGreaterThan(100);
  });

  it('depends on the seed', () => {
    const a = stableJson(train(featurise(fixture()), opts));
    const b = stableJson(train(featurise(fixture()), { ...opts, seed: opts.seed + 1 }));
    expect(a).not.toBe(b);
  });

  it('writes a model the classifier loads and that learns the fixture', () => {
    const model = loadModel(asModelFile(JSON.parse(stableJson(train(featurise(fixture()), opts)))));
    const [finding] = classifyWith(model, 'Wij verkopen uw gegevens niet.', 'nl');
    expect(finding).toMatchObject({ category: 'sharing', level: 'green' });
    expect(classifyWith(model, 'Gegevens worden opgeslagen in de Verenigde Staten.', 'nl')[0]).toMatchObject({ category: 'transfer', level: 'red' });
  });

  it('averages an ensemble of fits: its logits are the mean of the single fits\' logits', () => {
    const data = featurise(fixture());
    const single = { ...opts, ensemble: 1, prune: 0 };
    const logitsOf = (o: typeof opts) => {
      const model = loadModel(asModelFile(JSON.parse(stableJson(train(data, o)))));
      return data.map((d) => categoryLogits(model, 'sharing', featureVector(model, d.names, d.lexicalScale)));
    };
    const first = logitsOf(single);
    const second = logitsOf({ ...single, seed: single.seed + 7919 });
    const both = logitsOf({ ...single, ensemble: 2 });
    let largest = 0;
    let apart = 0;
    both.forEach((z, i) => z.forEach((v, k) => {
      const a = first[i]?.[k] ?? 0;
      const b = second[i]?.[k] ?? 0;
      largest = Math.max(largest, Math.abs(v - (a + b) / 2));
      apart = Math.max(apart, Math.abs(a - b));
    }));
    // Weights are rounded to 1/scale after averaging, so the mean is matched up to rounding.
    expect(apart).toBeGreaterThan(0.1);
    expect(largest).toBeLessThan(apart / 4);
  });

  it('drops words and word pairs that too few documents use, but never concepts', () => {
    // Every copy of the brokers sentence in one document: its own words now belong to one policy.
    const data = featurise(fixture().map((ex) => (ex.text.includes('data brokers') ? { ...ex, doc: 'one-policy' } : ex)));
    const brokerFeatures = (minDocs: number) => train(data, { ...opts, minDocs }).features.filter((f) => f.includes('broker'));
    expect(brokerFeatures(1).some((f) => /^(?:!?w|b):/.test(f))).toBe(true);
    expect(brokerFeatures(2).some((f) => /^(?:!?w|b):/.test(f))).toBe(false);
    expect(brokerFeatures(2)).toContain('c:brokers');
  });

  it('keeps concept features when words and bigrams compete for the cap', () => {
    const all = train(featurise(fixture()), opts);
    const lexical = all.features.filter((f) => /^(?:!?w|b):/.test(f)).length;
    const concepts = all.features.filter((f) => /^!?c:/.test(f));
    const capped = train(featurise(fixture()), { ...opts, maxFeatures: all.features.length - Math.floor(lexical / 2) });
    expect(concepts.length).toBeGreaterThan(0);
    expect(capped.features).toEqual(expect.arrayContaining(concepts));
    expect(capped.features.length).toBeLessThan(all.features.length);
  });

  it('keeps at most maxFeatures features', () => {
    const file = train(featurise(fixture()), { ...opts, maxFeatures: 20 });
    expect(file.features.length).toBeLessThanOrEqual(20);
    expect([...file.features].sort()).toEqual(file.features);
  });

  it('sorts object keys so the bytes depend only on content', () => {
    expect(stableJson({ b: 1, a: { d: 2, c: [3, { f: 4, e: 5 }] } })).toBe('{"a":{"c":[3,{"e":5,"f":4}],"d":2},"b":1}\n');
  });

  it('shuffles with a reproducible PRNG', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const xs = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe('asModelFile', () => {
  it('rejects a file of the wrong shape', () => {
    expect(() => asModelFile({ version: 2 })).toThrow(/npm run train/);
  });
});
