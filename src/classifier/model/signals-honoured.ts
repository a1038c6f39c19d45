/**
 * TAXONOMY lists "Do Not Track honoured" as a green commitment. A unit that says the site honours
 * the browser's Do Not Track or Global Privacy Control signal ("We honor Global Privacy Control
 * signals sent by your browser.", "Wij respecteren het Do Not Track-signaal") shows it, but the
 * model reads little into such lines: the signal's name also says "global", "control", "track",
 * and in the corpus most lines that name it explain what it is or say it is ignored. This rule
 * reads the commitment itself: the signal named, a verb of honouring, no negation in the unit
 * or its lead-in, not a question.
 */
import { conceptFeatures, type SentenceContext } from './features';
import { deniedHereOrInLeadIn, isQuestion } from './statement';

const HONOURING = new Set(['honor', 'honors', 'honour', 'honours', 'honored', 'honoured', 'respect', 'respects', 'respected', 'recognize', 'recognizes', 'recognise', 'recognises', 'treat', 'treats', 'respecteren', 'respecteert', 'honoreren', 'honoreert', 'behandelen', 'behandelt']);

export function honoursSignal(text: string, context: SentenceContext = {}): boolean {
  const view = conceptFeatures(text);
  if (!view.hits.some(({ hit }) => hit.concept === 'dnt')) return false;
  if (deniedHereOrInLeadIn(text, context) || isQuestion(text)) return false;
  return view.tokens.some((t) => HONOURING.has(t.norm));
}
