/**
 * "Kaspersky Lab will occasionally use cookies.", "We gebruiken cookies om onderscheid te maken
 * tussen gebruikers.": the organisation stating that it puts cookies to use is TAXONOMY's plainest
 * tracking practice, yet a linear model adds up evidence, and a short line with a brand name in it
 * scored 0.22 against 0.25 held out. This rule reads the statement: a use verb within three words
 * of a cookie, nothing denied, and nothing that makes it about the reader's choices ("you can
 * refuse cookies", "if you …"), a list's label, a table row, a question or a definition.
 * On the corpus it fires on 455 units, 417 of them tracking findings (39 green: "we only use
 * necessary cookies" keeps the model's level); on the seeds on 7 units and on their English
 * translations on 14, all findings.
 */
import { conceptFeatures, type SentenceContext } from './features';
import { isHeadingLike } from './shape';
import { deniedHereOrInLeadIn, statesNoPractice } from './statement';

const NEAR = 3;
const COOKIES = new Set(['cookie', 'thirdparty_cookie']);
// Dutch writes "make use of" as one word ("Op onze websites wordt gebruikgemaakt van cookies"),
// which the lexicon's "gebruik" does not see; seed 003's such sentence was missed by all five
// held-out models.
const COMPOUND_USE_OF_COOKIES = /\bgebruik\s?(?:ge)?maa?k(?:t|en)\s+van\s+(?:[\w-]+\s+){0,3}?[\w-]*cookies?\b/i;
// The reader's side of cookies: what you can do, or what happens if you do it.
const READERS_SIDE = /\b(?:you|u|je|jij|users?|gebruikers?|browsers?)\s+(?:can|may|kunt|kan|kunnen|mag|could)\b|^[\s•\-–—*·]*(?:you|u|je|jij)\b|\b(?:if|als|wanneer|indien)\b/i;

export function affirmsCookieUse(text: string, context: SentenceContext = {}): boolean {
  const view = conceptFeatures(text);
  const cookies = view.hits.filter(({ hit }) => COOKIES.has(hit.concept)).map(({ hit }) => hit);
  // Runs on every unit the model scores: most never name a cookie, so that is checked first.
  if (cookies.length === 0) return false;
  const uses = view.hits.filter(({ hit }) => hit.concept === 'employ').map(({ hit }) => hit);
  if (!cookies.some((c) => uses.some((u) => Math.abs(u.from - c.from) <= NEAR)) && !COMPOUND_USE_OF_COOKIES.test(text)) return false;
  const trimmed = text.trim();
  if (trimmed.endsWith(':') || trimmed.includes('|') || READERS_SIDE.test(trimmed)) return false;
  return !deniedHereOrInLeadIn(text, context) && !isHeadingLike(text) && !statesNoPractice(text);
}
