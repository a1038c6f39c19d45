import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classifySentence } from '../../../src/classifier/model/index';
import { allReasonKeys, pickReason } from '../../../src/classifier/model/reasons';

const locale = (lang: string) =>
  JSON.parse(readFileSync(join(__dirname, '../../../public/_locales', lang, 'messages.json'), 'utf8')) as Record<string, { message: string; description: string }>;

describe('reason keys', () => {
  const keys = allReasonKeys();

  it.each(['en', 'nl'])('every key the model can emit has a %s message', (lang) => {
    const messages = locale(lang);
    const missing = keys.filter((k) => !messages[k]?.message || !messages[k]?.description);
    expect(missing).toEqual([]);
  });

  it('covers a generic fallback for every category and level', () => {
    for (const c of ['tracking', 'sharing', 'transfer']) {
      for (const l of ['red', 'amber', 'green']) expect(keys).toContain(`reason_${c}_${l}`);
    }
  });

  it('emits only known keys on a mixed sample', () => {
    const sample = [
      'We sell your data.', 'Wij delen je gegevens met de politie als de wet dat eist.', 'We use cookies.',
      'Data is processed worldwide.', 'Gegevens blijven in Nederland.', 'We honour Do Not Track signals.',
      'Wij gebruiken je locatie om advertenties te tonen.', 'Your posts are public.', 'Hello.',
    ];
    for (const text of sample) {
      for (const f of classifySentence(text, /\b(wij|je|gegevens)\b/i.test(text) ? 'nl' : 'en')) expect(keys).toContain(f.reasonKey);
    }
  });

  it('picks the group of the strongest supporting concept, else the generic key', () => {
    const cands = [
      { concept: 'scc', feature: 'c:scc', weight: 0.5, from: 0, to: 1 },
      { concept: 'adequacy', feature: 'c:adequacy', weight: 1.5, from: 1, to: 2 },
    ];
    expect(pickReason('transfer', 'amber', cands).key).toBe('reason_transfer_amber_adequacy');
    expect(pickReason('transfer', 'amber', [{ concept: 'cookie', feature: 'c:cookie', weight: 2, from: 0, to: 1 }]).key).toBe('reason_transfer_amber');
  });

  it('never names a generic word, or a concept that pushed away from the level, as the cue', () => {
    const generic = [
      { concept: 'personal_data', feature: 'c:personal_data', weight: 3, from: 0, to: 1 },
      { concept: 'possibility', feature: 'c:possibility', weight: 2, from: 1, to: 2 },
      { concept: 'cookie', feature: 'c:cookie', weight: -1, from: 2, to: 3 },
    ];
    expect(pickReason('sharing', 'red', generic)).toEqual({ key: 'reason_sharing_red', cue: null });
    const withCue = [...generic, { concept: 'location', feature: 'c:location', weight: 0.4, from: 3, to: 4 }];
    expect(pickReason('sharing', 'red', withCue)).toMatchObject({ key: 'reason_sharing_red', cue: { concept: 'location', feature: 'c:location' } });
  });
});
