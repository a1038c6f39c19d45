/**
 * The newest authoring round held out: train (and calibrate) on everything else, grade the
 * policies of that round. Each round was written later, by other authors, in a style the rest of
 * the corpus has little of (round l–m: practices stated in lists under a lead-in; round n:
 * disclosures in the passive voice of translated legalese; round p: short plain statements, "We
 * sell your data.", beside short headings and questions; round q: cookie sections, where "we use
 * cookies to …" stands beside "cookies are small files …"), so this is the nearest in-repo stand-in
 * for "real policies in a style the model has not seen".
 */
import { baselineLabels } from './baseline';
import { calibrate, logitsFor, outOfFold, predictInOrder, type Logits } from './cv';
import type { Scored } from './metrics';
import { train, type Featurised } from './train-core';

/** Document-id prefixes of the newest round (data/authored/{en,nl}-q.jsonl). */
export const NEWEST_ROUND = ['en-q-', 'nl-q-'] as const;

export function heldOutRound(data: readonly Featurised[], prefixes: readonly string[] = NEWEST_ROUND): { model: Scored[]; baseline: Scored[] } {
  const held = (d: Featurised) => prefixes.some((p) => d.ex.doc.startsWith(p));
  const trainRows = data.filter((d) => !held(d));
  const testRows = data.filter(held);
  if (testRows.length === 0) return { model: [], baseline: [] };
  const cal = calibrate(trainRows, outOfFold(trainRows, 5).logits);
  const logits = logitsFor(train(trainRows), testRows);
  const labels = predictInOrder(testRows.map((t, i) => ({ z: logits[i] as Logits, text: t.ex.text, doc: t.ex.doc, leadIn: t.ex.leadIn })), cal);
  const scored = (t: Featurised) => ({ lang: t.ex.lang, doc: t.ex.doc, gold: t.ex.labels });
  return {
    model: testRows.map((t, i) => ({ ...scored(t), pred: labels[i] ?? {} })),
    baseline: testRows.map((t) => ({ ...scored(t), pred: baselineLabels(t.ex.text) })),
  };
}
