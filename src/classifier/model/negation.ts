/**
 * Negation scope. Dutch puts "niet" after the verb ("Wij verkopen uw gegevens niet"), so a
 * negator negates its whole clause, both ways, up to punctuation or a clause-opening word.
 * "except / unless / behalve / tenzij" open an exception that weakens the commitment.
 */
import { clauseBreaks, type Token } from './tokens';

const NEGATORS = new Set(['not', 'no', 'never', 'none', 'nor', 'neither', 'cannot', 'nothing', 'niet', 'geen', 'nooit', 'noch', 'niets', 'nergens', 'nimmer', 'niemand', 'niks', 'nobody', 'nowhere']);
// Not "echter / dus / however": inside a clause they are adverbs ("Wij verkopen echter geen
// gegevens"), and where they open one, punctuation has already closed the clause before.
const BOUNDARY_WORDS = new Set(['but', 'maar', 'although', 'hoewel', 'whereas', 'terwijl', 'which', 'waarbij', 'so', 'instead', 'wel']);
export const EXCEPTION_WORDS = new Set(['except', 'unless', 'behalve', 'tenzij', 'uitzondering', 'besides', 'without', 'zonder']);
/** "not only", "niet beperkt tot": negator words that do not negate the practice. */
const NOT_NEGATING_NEXT = new Set(['only', 'limited', 'alleen', 'uitsluitend', 'beperkt', 'just', 'enkel', 'all', 'alle', 'longer']);

export function isNegator(word: string): boolean {
  return NEGATORS.has(word) || word.endsWith("n't");
}

// "Do Not Track" names a browser signal; its "not" denies nothing. Read as a negator, it made
// "We honour Do Not Track signals" look like "we do not honour …" and read red.
const SIGNAL_NOUNS = new Set(['signal', 'signals', 'setting', 'settings', 'feature', 'option', 'request', 'requests', 'preference', 'header', 'signaal', 'signalen', 'instelling', 'instellingen', 'functie', 'optie', 'verzoek', 'verzoeken', 'melding', 'meldingen']);
const OPENING_QUOTE = /['‘’"“”„]\s*$/;

export function namesDoNotTrack(text: string, tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1], not = tokens[i], track = tokens[i + 1];
  if (!before || !not || !track || before.norm !== 'do' || not.norm !== 'not') return false;
  if (track.norm !== 'track' && !track.norm.startsWith('track-')) return false;
  const name = text.slice(before.start, track.end);
  return track.norm !== 'track' || name.includes('Not') || name.includes('Track') || OPENING_QUOTE.test(text.slice(0, before.start)) || SIGNAL_NOUNS.has(tokens[i + 2]?.norm ?? '');
}

export interface NegationScope {
  negated: boolean[];
  hasNegation: boolean;
  hasException: boolean;
}

/** Words that open a clause of its own after a comma: a new subject, not a listed verb. */
const NEW_SUBJECT = new Set(['we', 'wij', 'i', 'ik', 'you', 'u', 'je', 'jij', 'they', 'zij', 'ze', 'he', 'she', 'hij', 'it', 'het', 'this', 'dit', 'dat', 'these', 'deze', 'die', 'there', 'er', 'if', 'als', 'when', 'wanneer', 'where', 'waar', 'and', 'en', 'because', 'omdat', 'for', 'voor', 'in', 'to', 'om']);
const ALTERNATIVES = new Set(['or', 'nor', 'of', 'noch']);
const COORDINATORS = new Set([...ALTERNATIVES, 'and', 'en']);

/**
 * "We never sell, rent or trade your data": the comma lists verbs under one negator. A clause
 * after a comma continues the list when it does not open with a subject and is a bare word,
 * opens with "or / of", or reaches "or / and / of / en" within three words.
 */
function continuesList(clauseTokens: readonly Token[]): boolean {
  const first = clauseTokens[0]?.norm ?? '';
  if (NEW_SUBJECT.has(first) || BOUNDARY_WORDS.has(first) || EXCEPTION_WORDS.has(first)) return false;
  if (clauseTokens.length <= 1 || ALTERNATIVES.has(first)) return true;
  return clauseTokens.slice(1, 4).some((t) => COORDINATORS.has(t.norm));
}

export function negationScope(text: string, tokens: readonly Token[]): NegationScope {
  const breaks = clauseBreaks(text);
  const clauseOf: number[] = [];
  // Clauses that begin after a comma (not a boundary word or other punctuation).
  const afterComma = new Set<number>();
  let clause = 0;
  let b = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    let lastBreak = -1;
    while (b < breaks.length && (breaks[b] ?? Infinity) < t.start) { clause++; lastBreak = breaks[b] ?? -1; b++; }
    if (lastBreak >= 0 && text[lastBreak] === ',') afterComma.add(clause);
    if (BOUNDARY_WORDS.has(t.norm) || EXCEPTION_WORDS.has(t.norm)) { clause++; afterComma.delete(clause); }
    clauseOf.push(clause);
  }
  const negatedClauses = new Set<number>();
  let hasException = false;
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i]?.norm ?? '';
    if (EXCEPTION_WORDS.has(word)) hasException = true;
    if (!isNegator(word)) continue;
    if (NOT_NEGATING_NEXT.has(tokens[i + 1]?.norm ?? '') || namesDoNotTrack(text, tokens, i)) continue;
    negatedClauses.add(clauseOf[i] ?? -1);
  }
  for (let i = 0; i < tokens.length; i++) {
    const c = clauseOf[i] ?? -1;
    if (c <= 0 || clauseOf[i - 1] === c || !afterComma.has(c) || negatedClauses.has(c) || !negatedClauses.has(c - 1)) continue;
    let end = i;
    while (end < tokens.length && clauseOf[end] === c) end++;
    if (continuesList(tokens.slice(i, end))) negatedClauses.add(c);
  }
  const negated = clauseOf.map((c) => negatedClauses.has(c));
  return { negated, hasNegation: negatedClauses.size > 0, hasException };
}
