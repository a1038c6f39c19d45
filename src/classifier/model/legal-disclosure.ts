/**
 * "Als we betrokken zijn bij een geldige juridische procedure hebben we geen andere keuze dan de
 * gevraagde informatie te verstrekken.", "Sometimes we … share personal data because we are
 * legally required to do so.": handing data to a court, the police or an authority because the
 * law requires it is disclosure to a third party, and TAXONOMY reads it as sharing. A model that
 * has learnt "no" as a denial scored the first 0.07 against 0.30 held out. The rule reads a legal
 * trigger and a giving verb in the same unit, with nothing denied (a "no choice but" denies
 * nothing) and no practice-free statement (the right to complain to a regulator).
 * On the corpus it fires on 224 units, 218 of them sharing findings, all amber.
 */
import type { SentenceContext } from './features';
import { deniedHereOrInLeadIn, statesNoPractice } from './statement';

const LEGAL_TRIGGER = /\b(?:law enforcement|police|politie|courts?|rechter\w*|rechtbank\w*|gerechtelijk\w*|legal (?:proceedings?|process|requests?)|juridische procedure\w*|subpoenas?|dagvaarding\w*|(?:public|government|tax|competent) authorities|autoriteiten|overheidsinstanties|toezichthouder\w*|regulators?|legally (?:required|obliged)|required (?:to do so )?by (?:applicable )?law|wettelijk verplicht|wettelijke verplichting\w*|no choice but|geen andere keuze)\b/i;
const GIVES = /\b(?:disclos\w*|share|shares|shared|provide|provides|provided|hand (?:over|them over)|handed over|give|given|release\w*|pass(?:es|ed)? (?:on|it|them|your)|verstrek\w*|delen|deelt|gedeeld|overhandig\w*|doorgeven|doorgegeven|geven|afgeven|ter beschikking|openbaar (?:te )?maken)\b/i;
// Compulsion, not refusal: "we have no choice but to provide …" states the disclosure.
const NO_CHOICE = /\b(?:no choice but|geen andere keuze dan)\b/gi;

export function disclosesWhenLawRequires(text: string, context: SentenceContext = {}): boolean {
  if (!LEGAL_TRIGGER.test(text) || !GIVES.test(text) || statesNoPractice(text)) return false;
  return !deniedHereOrInLeadIn(text.replace(NO_CHOICE, ' '), context);
}
