/**
 * "Alle informatie die op deze blogs en forums wordt geplaatst, wordt openbaar.", "Deze informatie
 * kan worden verzameld en gebruikt door derden.": what the reader posts is disclosed to everyone
 * who reads the page, and others may take it; TAXONOMY reads that as sharing. The model finds most
 * such units, but short ones among the rules of a forum scored under its bar held out. The rule
 * reads a place to post followed by a word that makes it public (not "a public forum", which only
 * names the place), or data read, collected or used by others or by anyone; nothing private about
 * it, and nothing denied. On the corpus it fires on 80 units, 79 of them sharing findings.
 */
import type { SentenceContext } from './features';
import { deniedHereOrInLeadIn, statesNoPractice } from './statement';

const PLACE_TO_POST = /\b(?:forum|blog|discussi|communit|message board|prikbord|review|recensie|beoordeling|comment|reactie|post|bericht)/i;
const BY_SOMEONE = /\b(?:by|door)\s/i;
const POSTED_MADE_PUBLIC = /\b(?:forums?|forumberichten|blogs?|discussie\w*|discussions?|communit(?:y|ies)|message boards?|prikbord\w*|reviews?|recensies?|beoordelingen?|comments?|reacties?|posts?|berichten)\b[^.;]{0,150}?\b(?:openbaar|openbare|publie?ke?|public|publicly|zichtbaar|visible|iedereen|anyone|everyone|other users|andere gebruikers|other members|andere leden)\b(?!\s+(?:forums?|boards?|borden|threads?|lists?|lijsten|pages?|pagina\w*|profiles?|profiel\w*|kana(?:al|len)|channels?))/i;
// "Deze informatie kan worden verzameld en gebruikt door derden.", "… can be read, copied and
// quoted by anyone": others taking what the reader made public.
const TAKEN_BY_OTHERS = /\b(?:collected|used|read|seen|viewed|accessed|copied|gebruikt|verzameld|gelezen|bekeken|ingezien)\b[^.,;]{0,40}\b(?:by|door)\s+(?:\w+\s+){0,2}?(?:third[- ]part\w*|derden|others|anderen|other (?:users|people|visitors|members)|andere (?:gebruikers|bezoekers|leden|mensen)|anyone|iedereen)\b/i;
// Private messages and chats go to the person addressed, not to the public; how long posts stay
// visible ("Forumberichten blijven zichtbaar totdat …") is retention, and none of the corpus's
// four such units is labelled.
const PRIVATE_OR_KEPT = /\b(?:privé|priv(?:e|ate|ately)\b|chat\w*|uitwissel\w*|exchange\w*|direct messages?)|\b(?:remain|remains|blijven|blijft)\s+(?:\w+\s+)?(?:visible|zichtbaar)\b/i;
// "… and will not be treated as confidential": a denial that makes the disclosure plainer.
const NOT_CONFIDENTIAL = /\b(?:not|niet)\s+(?:\w+\s+){0,4}?(?:confidential|vertrouwelijk)\b/i;

export function postsMadePublic(text: string, context: SentenceContext = {}): boolean {
  // Runs on every unit's sharing score: the cheap tests for a place to post or an agent ("by",
  // "door") come first, and the patterns that scan on from them only where one is there.
  const posted = PLACE_TO_POST.test(text) && POSTED_MADE_PUBLIC.test(text);
  if (!(posted || (BY_SOMEONE.test(text) && TAKEN_BY_OTHERS.test(text))) || PRIVATE_OR_KEPT.test(text)) return false;
  const denied = deniedHereOrInLeadIn(text.replace(NOT_CONFIDENTIAL, ''), context);
  return !denied && !statesNoPractice(text);
}
