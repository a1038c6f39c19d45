import { analyze } from '../../../src/classifier/index';
import { backReference, CONTINUATION_THRESHOLD_FACTOR, thresholdAfter } from '../../../src/classifier/model/continuation';
import { classifySentence } from '../../../src/classifier/model/index';
import { predictInOrder, type Logits } from '../../../scripts/model/cv';

describe('follow-up sentences (continuation.ts)', () => {
  it('finds the words that point back, past bullets, in both languages', () => {
    const text = '• Deze gegevens worden gedeeld.';
    const ref = backReference(text);
    expect(ref && text.slice(ref.start, ref.end)).toBe('Deze');
    const en = 'They also remember your settings.';
    const enRef = backReference(en);
    expect(enRef && en.slice(enRef.start, enRef.end)).toBe('They');
    expect(backReference('We use cookies.')).toBeNull();
    // A word that merely starts with a pointer is not one.
    expect(backReference('Theyre is no such word; Dezelfde regels gelden.')).toBeNull();
  });

  it('lowers the threshold only after a finding in the same category, for a sentence that points back', () => {
    const text = 'They remember your preferences between visits.';
    expect(thresholdAfter(0.3, text, 'tracking', ['tracking'])).toBeCloseTo(0.3 * CONTINUATION_THRESHOLD_FACTOR);
    expect(thresholdAfter(0.3, text, 'tracking', ['sharing'])).toBe(0.3);
    expect(thresholdAfter(0.3, 'We remember your preferences.', 'tracking', ['tracking'])).toBe(0.3);
  });

  it('counts a follow-up the model is only half sure of, and says why', () => {
    const text = 'They also help us understand how visitors use our website.';
    expect(classifySentence(text, 'en').filter((f) => f.category === 'tracking')).toEqual([]);
    const [finding] = classifySentence(text, 'en', {}, ['tracking']).filter((f) => f.category === 'tracking');
    expect(finding).toMatchObject({ category: 'tracking', reasonKey: 'reason_continues', cue: 'They' });
  });

  it('keeps a listed cue as the reason when the follow-up has one', () => {
    const [finding] = classifySentence('They remember your preferences between visits.', 'en', {}, ['tracking']);
    expect(finding).toMatchObject({ category: 'tracking', reasonKey: 'reason_tracking_amber_cookies', cue: 'remember' });
  });

  it('analyze() passes each sentence what the one before was graded in', () => {
    const follow = 'They also help us understand how visitors use our website.';
    const after = analyze({ text: `We use third-party advertising cookies to follow you across websites. ${follow}` });
    const alone = analyze({ text: `Our office is in Utrecht. ${follow}` });
    const grades = (a: ReturnType<typeof analyze>) => a.sentences.find((s) => s.text === follow)?.findings.map((f) => f.category) ?? [];
    expect(grades(after)).toContain('tracking');
    expect(grades(alone)).not.toContain('tracking');
  });

  it('evaluation applies the same rule in document order, starting afresh in each document', () => {
    // P(finding) of a unit with logits [z, -9, -9] at temperature 1 is about e^z / (1 + e^z).
    const z = (red: number): Logits => ({ tracking: [red, -9, -9], sharing: [-9, -9, -9], transfer: [-9, -9, -9] });
    const cal = { temperature: 1, threshold: 0.5, redShare: 0.5 };
    const calibration = { tracking: cal, sharing: cal, transfer: cal };
    const units = [
      { z: z(2), text: 'We use advertising cookies.', doc: 'a' },
      { z: z(-1), text: 'They follow you.', doc: 'a' },
      { z: z(-1), text: 'They follow you.', doc: 'b' },
    ];
    expect(predictInOrder(units, calibration).map((l) => l.tracking)).toEqual(['red', 'red', undefined]);
  });
});
