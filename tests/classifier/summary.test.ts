import { lightOf, summarize } from '../../src/classifier/summary';
import type { Finding, Sentence } from '../../src/classifier/types';

const finding = (category: Finding['category'], level: Finding['level'], score: number): Finding => ({
  category, level, score, reasonKey: `reason_${category}_${level}`, cue: 'cue',
});
const sentence = (findings: Finding[]): Sentence => ({ start: 0, end: 1, text: 'x', kind: 'sentence', lang: 'en', findings });

describe('lightOf', () => {
  it('follows TAXONOMY: red beats amber beats green; silence is unknown, never green', () => {
    expect(lightOf(['green', 'amber', 'red'])).toBe('red');
    expect(lightOf(['green', 'amber', 'green'])).toBe('amber');
    expect(lightOf(['green', 'green'])).toBe('green');
    expect(lightOf([])).toBe('unknown');
  });
});

describe('summarize', () => {
  it('grades each category on its own findings', () => {
    const { summary } = summarize([
      sentence([finding('tracking', 'amber', 0.7)]),
      sentence([finding('sharing', 'green', 0.9), finding('tracking', 'red', 0.6)]),
      sentence([]),
    ]);
    expect(summary).toEqual({ tracking: 'red', sharing: 'green', transfer: 'unknown' });
  });

  it('orders evidence by level (red, amber, green), then by score', () => {
    const { evidence } = summarize([
      sentence([finding('tracking', 'green', 0.99)]),
      sentence([finding('tracking', 'amber', 0.6)]),
      sentence([finding('tracking', 'red', 0.55)]),
      sentence([finding('tracking', 'amber', 0.9)]),
      sentence([finding('tracking', 'red', 0.8)]),
      sentence([finding('sharing', 'red', 0.8)]),
    ]);
    expect(evidence.tracking).toEqual([4, 2, 3, 1, 0]);
    expect(evidence.sharing).toEqual([5]);
    expect(evidence.transfer).toEqual([]);
  });

  it('puts a finding that quotes its cue before a likelier one of the same level that cannot', () => {
    const uncued = { ...finding('sharing', 'red', 0.95), cue: '' };
    const { evidence, summary } = summarize([
      sentence([uncued]),
      sentence([finding('sharing', 'red', 0.6)]),
      sentence([{ ...finding('sharing', 'amber', 0.99) }]),
    ]);
    expect(summary.sharing).toBe('red');
    // Level still comes first: an uncued red outranks a cued amber.
    expect(evidence.sharing).toEqual([1, 0, 2]);
  });

  it('does not count a follow-up\'s pointer ("They") as a cue that stands on its own', () => {
    const followUp = { ...finding('tracking', 'amber', 0.2), reasonKey: 'reason_continues', cue: 'They' };
    const uncued = { ...finding('tracking', 'amber', 0.9), cue: '' };
    const { evidence } = summarize([sentence([followUp]), sentence([uncued])]);
    expect(evidence.tracking).toEqual([1, 0]);
  });

  it('lists a sentence once per category, at its worst level', () => {
    const { evidence, summary } = summarize([sentence([finding('transfer', 'amber', 0.9), finding('transfer', 'red', 0.4)])]);
    expect(evidence.transfer).toEqual([0]);
    expect(summary.transfer).toBe('red');
  });

  it('is all unknown for no sentences', () => {
    expect(summarize([]).summary).toEqual({ tracking: 'unknown', sharing: 'unknown', transfer: 'unknown' });
  });
});
