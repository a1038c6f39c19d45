/**
 * TAXONOMY's green is "a clear commitment that limits" a practice. A unit read as green must show
 * one: a negation in the unit or in its list's lead-in ("We do not sell …", "We will never:"), or
 * a limiting concept among the category's green reasons ("only strictly necessary cookies",
 * "within the EU"). Without one, green is the model echoing words it met in promises ("We place
 * tracking cookies" beside "We place no tracking cookies"), and the unit reads as the likelier of
 * red and amber instead: the extension never shows a green it cannot point to.
 */
import type { Category, Level } from '../types';
import type { ConceptHit } from './concepts';
import { conceptFeatures, type ConceptView, type SentenceContext } from './features';
import { REASON_GROUPS } from './reasons';
import { deniedHereOrInLeadIn } from './statement';

const LIMITING: Readonly<Record<Category, ReadonlySet<string>>> = {
  tracking: new Set(Object.values(REASON_GROUPS.tracking.green).flat()),
  sharing: new Set(Object.values(REASON_GROUPS.sharing.green).flat()),
  transfer: new Set(Object.values(REASON_GROUPS.transfer.green).flat()),
};

// "outside the EU" names the EU only to point away from it. The model keeps both hits (together
// they are its surest sign of a transfer), but that "EU" promises nothing — nor do the names
// listed after it: "buiten de Europese Unie (EU) of de Europese Economische Ruimte (EER)" read
// as a green "stays in the EU" on its last three names while only the first overlapped "buiten".
const POINTS_AWAY: Readonly<Record<string, string>> = { eu: 'outside_eea' };
/** Tokens allowed between names in one list ("(EU) of de", "or the"). */
const LIST_GAP = 3;

/** The hits of `concept` that an "outside" hit points away from, alone or as the rest of its list. */
function pointedAway(view: ConceptView, concept: string, away: string): Set<ConceptHit> {
  const result = new Set<ConceptHit>();
  const starts = view.hits.filter((o) => o.hit.concept === away).map((o) => o.hit);
  const names = view.hits.filter((o) => o.hit.concept === concept).map((o) => o.hit).sort((a, b) => a.from - b.from);
  for (const start of starts) {
    let reach = start.to;
    for (const name of names) {
      if (name.from < start.from) continue;
      if (name.from > reach + LIST_GAP) break;
      result.add(name);
      reach = Math.max(reach, name.to);
    }
  }
  return result;
}

function limits(category: Category, view: ConceptView): boolean {
  const away = new Map(Object.entries(POINTS_AWAY).map(([concept, from]) => [concept, pointedAway(view, concept, from)]));
  return view.hits.some(({ hit, feature }) => LIMITING[category].has(feature) && !away.get(hit.concept)?.has(hit));
}

// "We cannot guarantee that your data will not leave the EU" withholds the promise its second
// "not" seems to make. No green-labelled unit of the corpus hedges so; 11 others do.
const HEDGED = /\b(?:can ?not|can['’]t|are unable to|do not|don['’]t|will not|won['’]t)\s+(?:fully\s+|always\s+|absolutely\s+)?(?:guarantee|ensure|promise|warrant)|\bno guarantee|\b(?:kunnen|kan)\s+(?:wij\s+|we\s+)?(?:niet|geen)\s+(?:\w+\s+)?(?:garanderen|beloven|waarborgen)|\bgeen garantie/i;

// "Als u geen gerichte reclame meer wilt ontvangen, worden de gegevens … niet meer gebruikt.": its
// "niet" follows the reader's opt-out, and TAXONOMY reads tracking one can opt out of as amber.
// None of the corpus's 18 units that open on such a wish is labelled green.
const AFTER_OPT_OUT = /^[\s•\-–—*·]*(?:if|when|should)\s+(?:you|u|je)\s+(?:do not|don['’]t|no longer|would rather not|prefer not to)\s+(?:want|wish|like)|^[\s•\-–—*·]*(?:als|indien|wanneer|mocht)\s+(?:u|je|jij)\s+(?:[^,]{0,40}\s)?(?:niet|geen|liever geen)(?:\s[^,]{0,40})?\s(?:meer\s)?(?:wilt|wil|wenst)\b/i;

export function greenIsJustified(category: Category, text: string, context: SentenceContext = {}): boolean {
  if (HEDGED.test(text) || AFTER_OPT_OUT.test(text)) return false;
  if (deniedHereOrInLeadIn(text, context)) return true;
  const views = context.leadIn ? [conceptFeatures(text), conceptFeatures(context.leadIn)] : [conceptFeatures(text)];
  return views.some((view) => limits(category, view));
}

/** `level`, unless it is a green the unit cannot justify: then red or amber, whichever is likelier. */
export function justifiedLevel(category: Category, level: Level, probs: Readonly<Record<Level, number>>, text: string, context?: SentenceContext): Level {
  if (level !== 'green' || greenIsJustified(category, text, context)) return level;
  return probs.red >= probs.amber ? 'red' : 'amber';
}

// "… is not covered by this Privacy Statement", "Wij zijn niet verantwoordelijk voor …": the
// policy saying where it stops. Its "not" limits no practice, yet "This policy does not cover
// the cookies placed by advertising networks." read as a green. None of the 69 corpus units
// that disclaim so carries a green label, nor does any of the 16 in the seeds and translations.
const SCOPE_DISCLAIMER = /\b(?:is|are|does|do|will|shall)\s+not\s+(?:be\s+)?(?:covered|governed|cover|covers|apply|applies|responsible|liable|control|controlled)\b|\b(?:valt|vallen)\s+niet\s+onder\b|\bniet\s+van\s+toepassing\b|\bniet\s+(?:verantwoordelijk|aansprakelijk)\b|\bgeen\s+(?:verantwoordelijkheid|aansprakelijkheid|controle)\b|\bno\s+(?:responsibility|liability|control)\b/gi;

/** The unit's only negations say where the policy or the organisation's responsibility stops. */
export function onlyDisclaimsScope(text: string): boolean {
  const rest = text.replace(SCOPE_DISCLAIMER, ' ');
  return rest !== text && !conceptFeatures(rest).neg;
}

const LIST_LABEL_WORDS = 6;

/**
 * "Within the EU or EEA:" heads a list of countries; the places are in its items, and the label
 * promises nothing about them (seed 001 lists the UK under it, and the countries outside the EEA
 * under "Outside the EU or the EEA:"). A short unit that ends in a colon, with no negation and no
 * "only" ("Your data is stored only in:" does promise), is such a label.
 */
export function isListLabel(text: string): boolean {
  const trimmed = text.trim();
  if (!trimmed.endsWith(':') || trimmed.split(/\s+/).length > LIST_LABEL_WORDS) return false;
  const view = conceptFeatures(trimmed);
  return !view.neg && !view.hits.some(({ hit }) => hit.concept === 'only_here');
}

// "Binnen de EU of EER:", "For example:", "VOOR ZAKELIJKE GEBRUIKERS (B2B):": a label that opens
// with a preposition or "for example" heads the list and states nothing itself, where "We share
// personal data with:" does. None of the corpus's 10 such labels is labelled; seed 001's read as a
// sharing finding under "group", and its "Buiten de EU of de EER:" as a red transfer.
const LABEL_OPENER = /^[\s•\-–—*·]*(?:binnen|buiten|within|outside|inside|bijvoorbeeld|for example|e\.g\.|specifically|in het bijzonder|namelijk|namely|zoals|such as|including|waaronder|voor|for|in|onder andere|among others)\b/i;

/** A list's label that names where or for whom its items hold, and no practice. */
export function isHeadingLabel(text: string): boolean {
  return LABEL_OPENER.test(text) && isListLabel(text);
}
