/**
 * What the rules (rules.ts) ask of a unit before they read it as a statement of practice or of
 * commitment: whether something in it, or above it, denies, and whether it only asks.
 */
import { conceptFeatures, type SentenceContext } from './features';

/** A negation in the unit, or in the lead-in of the list it is an item of ("We will never:"). */
export function deniedHereOrInLeadIn(text: string, context: SentenceContext = {}): boolean {
  return conceptFeatures(text).neg || (!!context.leadIn && conceptFeatures(context.leadIn).neg);
}

/** "Do you sell my data?": FAQ headings name a practice without stating it. */
export function isQuestion(text: string): boolean {
  return text.trimEnd().endsWith('?');
}
