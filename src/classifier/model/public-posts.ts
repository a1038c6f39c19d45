/**
 * "Alle informatie die op deze blogs en forums wordt geplaatst, wordt openbaar.", "Please remember
 * that information you provide in a news discussion or forum is public information …": what the
 * reader posts is disclosed to everyone who reads the page, and TAXONOMY reads that as sharing.
 * The model finds most such units, but a short one among the rules of a forum scored under its
 * bar held out. The rule reads a place to post followed by a word that makes it public (not
 * "a public forum", which only names the place), nothing private about it, and nothing denied.
 * On the corpus it fires on 72 units, 71 of them sharing findings.
 */
import type { SentenceContext } from './features';
import { deniedHereOrInLeadIn, statesNoPractice } from './statement';

const POSTED_MADE_PUBLIC = /\b(?:forums?|forumberichten|blogs?|discussie\w*|discussions?|communit(?:y|ies)|message boards?|prikbord\w*|reviews?|recensies?|beoordelingen?|comments?|reacties?|posts?|berichten)\b[^.;]{0,150}?\b(?:openbaar|openbare|publie?ke?|public|publicly|zichtbaar|visible|iedereen|anyone|everyone|other users|andere gebruikers|other members|andere leden)\b(?!\s+(?:forums?|boards?|borden|threads?|lists?|lijsten|pages?|pagina\w*|profiles?|profiel\w*|kana(?:al|len)|channels?))/i;
// Private messages and chats go to the person addressed, not to the public; how long posts stay
// visible ("Forumberichten blijven zichtbaar totdat …") is retention, and none of the corpus's
// four such units is labelled.
const PRIVATE_OR_KEPT = /\b(?:privé|priv(?:e|ate|ately)\b|chat\w*|uitwissel\w*|exchange\w*|direct messages?)|\b(?:remain|remains|blijven|blijft)\s+(?:\w+\s+)?(?:visible|zichtbaar)\b/i;
// "… and will not be treated as confidential": a denial that makes the disclosure plainer.
const NOT_CONFIDENTIAL = /\b(?:not|niet)\s+(?:\w+\s+){0,4}?(?:confidential|vertrouwelijk)\b/i;

export function postsMadePublic(text: string, context: SentenceContext = {}): boolean {
  if (!POSTED_MADE_PUBLIC.test(text) || PRIVATE_OR_KEPT.test(text)) return false;
  const denied = deniedHereOrInLeadIn(text.replace(NOT_CONFIDENTIAL, ''), context);
  return !denied && !statesNoPractice(text);
}
