import { baselineLabels } from '../../scripts/model/baseline';
import { calibrate, decide, foldsByDoc } from '../../scripts/model/cv';
import { docLightAgreement, figures, lightOf, macroF1, type Scored } from '../../scripts/model/metrics';
import type { Featurised } from '../../scripts/model/train-core';

const row = (doc: string, gold: Scored['gold'], pred: Scored['pred'], lang = 'en'): Scored => ({ lang, doc, gold, pred });

describe('sentence figures', () => {
  const rows = [
    row('a', { sharing: 'red' }, { sharing: 'red' }),
    row('a', { sharing: 'amber' }, { sharing: 'red' }),
    row('a', {}, { sharing: 'green' }),
    row('b', { sharing: 'green' }, {}),
    row('b', {}, {}),
  ];

  it('counts finding vs no finding, and level agreement on true positives', () => {
    const f = figures(rows, 'sharing');
    expect(f).toMatchObject({ tp: 2, fp: 1, fn: 1, levelAgree: 1 });
    expect(f.precision).toBeCloseTo(2 / 3);
    expect(f.recall).toBeCloseTo(2 / 3);
    expect(f.levelAgreement).toBeCloseTo(0.5);
  });

  it('averages F1 over the three categories', () => {
    expect(macroF1(rows)).toBeCloseTo(figures(rows, 'sharing').f1 / 3);
  });

  it('compares document lights by the summary rule', () => {
    expect(docLightAgreement(rows, 'sharing')).toEqual({ agree: 1, docs: 2 });
  });
});

describe('lightOf', () => {
  it('lets red beat amber beat green, and calls silence unknown', () => {
    expect(lightOf(['green', 'amber', 'red'])).toBe('red');
    expect(lightOf(['green', undefined, 'amber'])).toBe('amber');
    expect(lightOf(['green'])).toBe('green');
    expect(lightOf([undefined])).toBe('unknown');
  });
});

describe('folds', () => {
  it('keep each document whole and use every fold', () => {
    const docs = Array.from({ length: 50 }, (_, i) => `doc-${i}`);
    const folds = foldsByDoc([...docs, ...docs], 5);
    expect(folds.size).toBe(50);
    expect(new Set(folds.values())).toEqual(new Set([0, 1, 2, 3, 4]));
    expect(foldsByDoc(docs.slice().reverse(), 5)).toEqual(folds);
  });
});

describe('calibration', () => {
  it('decides nothing below the threshold and the likeliest level above it', () => {
    expect(decide([-5, -5, -5], { temperature: 1, threshold: 0.5, redShare: 0.5 })).toBeUndefined();
    expect(decide([-5, 3, -5], { temperature: 1, threshold: 0.5, redShare: 0.5 })).toBe('amber');
    // Red wins once it holds its share of P(finding), even when amber is likelier.
    expect(decide([2, 3, -5], { temperature: 1, threshold: 0.5, redShare: 0.25 })).toBe('red');
    expect(decide([2, 3, -5], { temperature: 1, threshold: 0.5, redShare: 0.5 })).toBe('amber');
  });

  it('picks a threshold that separates separable scores', () => {
    const ex = (labels: Featurised['ex']['labels']): Featurised => ({ ex: { text: '', lang: 'en', labels, source: 'authored', doc: 'd' }, names: [], lexicalScale: 1 });
    const data = [ex({ transfer: 'red' }), ex({ transfer: 'red' }), ex({}), ex({})];
    const z = (v: number) => ({ tracking: [-9, -9, -9], sharing: [-9, -9, -9], transfer: [v, -9, -9] });
    const cal = calibrate(data, [z(4), z(3), z(-4), z(-3)]);
    expect(data.map((_, i) => decide([[4, 3, -4, -3][i] ?? 0, -9, -9], cal.transfer))).toEqual(['red', 'red', undefined, undefined]);
  });

  it("chooses red's share for the pages' lights, even against sentence-level agreement", () => {
    const ex = (doc: string, labels: Featurised['ex']['labels']): Featurised => ({ ex: { text: 'A sentence.', lang: 'en', labels, source: 'authored', doc }, names: [], lexicalScale: 1 });
    const z = (red: number, amber: number) => ({ tracking: [-9, -9, -9], sharing: [red, amber, -9], transfer: [-9, -9, -9] });
    // Page a is red either way (one clear red sentence); two more of its red sentences lean amber.
    // Page b's only sentence is amber and nearly a coin toss. A low share would get page a's two
    // sentences right (sentence agreement prefers it) and turn page b's light red.
    const data = [ex('a', { sharing: 'red' }), ex('a', { sharing: 'red' }), ex('a', { sharing: 'red' }), ex('b', { sharing: 'amber' })];
    const cal = calibrate(data, [z(8, 0), z(5, 5.3), z(5, 5.3), z(5, 5.05)]);
    expect(cal.sharing.redShare).toBe(0.5);
    expect(decide([5, 5.05, -9], cal.sharing)).toBe('amber');
  });
});

describe('keyword baseline', () => {
  it('is naive on purpose: keywords, negation means green', () => {
    expect(baselineLabels('We sell your data.')).toEqual({ sharing: 'red' });
    expect(baselineLabels('Wij verkopen uw gegevens niet.')).toEqual({ sharing: 'green' });
    expect(baselineLabels('You have the right to object.')).toEqual({});
  });
});
