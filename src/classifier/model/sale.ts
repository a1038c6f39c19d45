/**
 * A plain, affirmed sale of personal data ("We sell your data.", "Wij verkopen uw gegevens.",
 * "Your personal information may be sold.") is TAXONOMY's clearest red sharing practice, yet a
 * linear model adds up evidence: nearly every sale in the corpus also names a buyer, and "sell"
 * is diluted by shops that sell goods, so the bare statement scored 0.22 against 0.325. Teaching
 * it through data (round t, README) fixed the sentence but cost two points on the real policies.
 * This rule reads the statement instead, narrowly: a sell verb, not negated in its clause or by
 * its list's lead-in, with personal data as its object in the same clause; not a question, not a
 * merger ("if we sell our business"), not an opt-out ("Do Not Sell My Personal Information").
 * On the corpus it fires on 19 units, all labelled sharing red, and on no seed sentence.
 */
import { clauseBreaks } from './tokens';
import { conceptFeatures, type SentenceContext } from './features';
import { deniedHereOrInLeadIn, isQuestion } from './statement';

const SELL_VERBS = new Set(['sell', 'sells', 'selling', 'sold', 'rent', 'rents', 'renting', 'rented', 'verkopen', 'verkoopt', 'verkocht', 'verhuren', 'verhuurt', 'verhuurd', 'verhandelen', 'verhandelt', 'verhandeld']);
// Verb forms that can close a clause whose object came first: "gegevens verkopen", "data is sold".
const OBJECT_FIRST = new Set(['sold', 'rented', 'verkopen', 'verkocht', 'verkoopt', 'verhuren', 'verhuurd', 'verhuurt', 'verhandelen', 'verhandeld', 'verhandelt']);
const DATA_WORDS = new Set(['data', 'information', 'details', 'informatie', 'gegevens', 'persoonsgegevens', 'klantgegevens', 'contactgegevens', 'e-mailadres', 'e-mailadressen', 'adres', 'adressen', 'lists', 'list']);
const OBJECT_MODIFIERS = new Set(['your', 'my', 'our', 'the', 'their', 'this', 'that', 'such', 'any', 'personal', 'customer', 'customers', 'member', 'user', 'users', 'contact', 'email', 'e-mail', 'shopping', 'location', 'health', 'browsing', 'uw', 'je', 'jouw', 'mijn', 'onze', 'ons', 'de', 'het', 'deze', 'die', 'hun', 'persoonlijke', 'medische']);
// "data plans", "data centres": the data word is itself a modifier of what is sold.
const THINGS_NAMED_BY_DATA = new Set(['plan', 'plans', 'bundle', 'bundles', 'centre', 'centres', 'center', 'centers', 'product', 'products', 'package', 'packages', 'bundels', 'abonnementen']);
// Between data and a verb-final sell: words that start another phrase ("data from TVs sold").
const PHRASE_OPENERS = new Set(['from', 'van', 'on', 'op', 'you', 'u', 'je', 'jij', 'we', 'wij']);
const EXCLUDING_CONCEPTS = new Set(['merger', 'optout']);

export function affirmsSale(text: string, context: SentenceContext = {}): boolean {
  const view = conceptFeatures(text);
  // Runs on every unit the model scores: most never name a sale, so that is checked first.
  if (!view.tokens.some((t) => SELL_VERBS.has(t.norm))) return false;
  if (deniedHereOrInLeadIn(text, context) || isQuestion(text) || view.hits.some(({ hit }) => EXCLUDING_CONCEPTS.has(hit.concept))) return false;
  const words = view.tokens.map((t) => t.norm);
  const breaks = clauseBreaks(text);
  const clauseOf = (i: number) => breaks.filter((b) => b < (view.tokens[i]?.start ?? 0)).length;
  for (let i = 0; i < words.length; i++) {
    if (!SELL_VERBS.has(words[i] ?? '')) continue;
    let j = i + 1;
    while (j <= i + 3 && OBJECT_MODIFIERS.has(words[j] ?? '')) j++;
    if (DATA_WORDS.has(words[j] ?? '') && !THINGS_NAMED_BY_DATA.has(words[j + 1] ?? '') && clauseOf(j) === clauseOf(i)) return true;
    if (!OBJECT_FIRST.has(words[i] ?? '')) continue;
    for (let k = Math.max(0, i - 6); k < i; k++) {
      const between = words.slice(k + 1, i);
      if (DATA_WORDS.has(words[k] ?? '') && clauseOf(k) === clauseOf(i) && !between.some((w) => PHRASE_OPENERS.has(w))) return true;
    }
  }
  return false;
}
