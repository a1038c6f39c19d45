import { analyze } from '../../../src/classifier/index';
import { backReference, decideInOrder, FOLLOW_UP_FACTOR, STRAY_FACTOR, type CategoryScore, type UnitScores } from '../../../src/classifier/model/neighbours';
import { classifySentence } from '../../../src/classifier/model/index';
import { predictInOrder, type Logits } from '../../../scripts/model/cv';
import type { Category, Level } from '../../../src/classifier/types';

const quiet: CategoryScore = { relevance: 0.01, level: 'amber', threshold: 0.3 };
/** A unit whose tracking score is `relevance` at `level` (threshold 0.3), the others silent. */
function unit(text: string, relevance: number, level: Level = 'amber'): UnitScores {
  return { text, scores: { tracking: { relevance, level, threshold: 0.3 }, sharing: quiet, transfer: quiet } };
}
const tracking = (units: UnitScores[]) => decideInOrder(units).map((d) => d.tracking?.level);

describe('a sentence beside its neighbours (neighbours.ts)', () => {
  it('finds the words that point back, past bullets, in both languages', () => {
    const text = '• Deze gegevens worden gedeeld.';
    const ref = backReference(text);
    expect(ref && text.slice(ref.start, ref.end)).toBe('Deze');
    const en = 'They also remember your settings.';
    const enRef = backReference(en);
    expect(enRef && en.slice(enRef.start, enRef.end)).toBe('They');
    expect(backReference('We use cookies.')).toBeNull();
    // A word that merely starts like a pointer is not one.
    expect(backReference('Theyre is no such word.')).toBeNull();
    expect(backReference('Dezelfde regels gelden.')).toBeNull();
  });

  it('a follow-up needs less, only right after a finding in the same category', () => {
    const weak = 0.3 * FOLLOW_UP_FACTOR + 0.01;
    expect(tracking([unit('We use cookies.', 0.9), unit('They remember you.', weak)])).toEqual(['amber', 'amber']);
    expect(decideInOrder([unit('We use cookies.', 0.9), unit('They remember you.', weak)])[1]?.tracking?.followUp).toBe(true);
    expect(tracking([unit('We use cookies.', 0.9), unit('We remember you.', weak)])).toEqual(['amber', undefined]);
    expect(tracking([unit('Contact us.', 0.01), unit('They remember you.', weak)])).toEqual([undefined, undefined]);
  });

  it('a lone barely-passing amber goes when a confident warning stands elsewhere, never a red, never the only evidence', () => {
    const barely = 0.3 * STRAY_FACTOR - 0.01;
    const gap = unit('Contact us.', 0.01);
    const confident = unit('We use advertising cookies.', 0.95, 'red');
    expect(tracking([confident, gap, unit('We keep logs.', barely), gap])).toEqual(['red', undefined, undefined, undefined]);
    // Dropping it would turn the page from amber to unknown, or green: it stays.
    expect(tracking([unit('We keep logs.', barely), gap, unit('No ads.', 0.95, 'green')])).toEqual(['amber', undefined, 'green']);
    expect(tracking([confident, gap, unit('We sell profiles.', barely, 'red'), gap])).toEqual(['red', undefined, 'red', undefined]);
    // Not alone: a neighbour passes.
    expect(tracking([confident, gap, unit('We keep logs.', barely), unit('And cookies.', 0.5)])).toEqual(['red', undefined, 'amber', 'amber']);
    // A lone green always needs more: dropping it can only make the light grey, never flatter it.
    expect(tracking([gap, unit('We do not track you.', barely, 'green'), gap])).toEqual([undefined, undefined, undefined]);
  });

  it('headings are not graded and do not count as neighbours', () => {
    const units: UnitScores[] = [unit('We use cookies.', 0.9), { text: 'Cookies', scores: null }, unit('They remember you.', 0.2)];
    expect(tracking(units)).toEqual(['amber', undefined, undefined]);
  });

  it('counts a follow-up the model is only half sure of, and says why', () => {
    const text = 'They help us improve our website.';
    const around = (previous: Category[]) => ({ previousCategories: previous, stray: new Set<Category>() });
    expect(classifySentence(text, 'en').filter((f) => f.category === 'tracking')).toEqual([]);
    const [finding] = classifySentence(text, 'en', {}, around(['tracking'])).filter((f) => f.category === 'tracking');
    expect(finding).toMatchObject({ category: 'tracking', reasonKey: 'reason_continues', cue: 'They' });
    // A listed cue of its own stays the reason.
    const [own] = classifySentence('They remember your preferences between visits.', 'en', {}, around(['tracking']));
    expect(own).toMatchObject({ category: 'tracking', reasonKey: 'reason_tracking_amber_cookies', cue: 'remember' });
  });

  it('analyze() decides each sentence beside the ones around it', () => {
    const follow = 'They help us improve our website.';
    const after = analyze({ text: `We use third-party advertising cookies to follow you across websites. ${follow}` });
    const alone = analyze({ text: `Our office is in Utrecht. ${follow}` });
    const grades = (a: ReturnType<typeof analyze>) => a.sentences.find((s) => s.text === follow)?.findings.map((f) => f.category) ?? [];
    expect(grades(after)).toContain('tracking');
    expect(grades(alone)).not.toContain('tracking');
  });

  it('evaluation applies the same rules per document, starting afresh in each', () => {
    // P(finding) of logits [z, -9, -9] at temperature 1 is about e^z / (1 + e^z).
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
