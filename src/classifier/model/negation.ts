/**
 * Negation scope. Dutch puts "niet" after the verb ("Wij verkopen uw gegevens niet"), so a
 * negator negates its whole clause, both ways, up to punctuation or a clause-opening word.
 * "except / unless / behalve / tenzij" open an exception that weakens the commitment.
 */
import { clauseBreaks, type Token } from './tokens';

const NEGATORS = new Set(['not', 'no', 'never', 'none', 'nor', 'neither', 'cannot', 'nothing', 'niet', 'geen', 'nooit', 'noch', 'niets', 'nergens', 'nimmer']);
const BOUNDARY_WORDS = new Set(['but', 'maar', 'however', 'echter', 'although', 'hoewel', 'whereas', 'terwijl', 'which', 'waarbij', 'so', 'dus', 'instead', 'wel']);
export const EXCEPTION_WORDS = new Set(['except', 'unless', 'behalve', 'tenzij', 'uitzondering', 'besides', 'without', 'zonder']);
/** "not only", "niet beperkt tot": negator words that do not negate the practice. */
const NOT_NEGATING_NEXT = new Set(['only', 'limited', 'alleen', 'uitsluitend', 'beperkt', 'just', 'enkel', 'all', 'alle', 'longer']);

export function isNegator(word: string): boolean {
  return NEGATORS.has(word) || word.endsWith("n't");
}

export interface NegationScope {
  negated: boolean[];
  hasNegation: boolean;
  hasException: boolean;
}

export function negationScope(text: string, tokens: readonly Token[]): NegationScope {
  const breaks = clauseBreaks(text);
  const clauseOf: number[] = [];
  let clause = 0;
  let b = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    while (b < breaks.length && (breaks[b] ?? Infinity) < t.start) { clause++; b++; }
    if (BOUNDARY_WORDS.has(t.norm) || EXCEPTION_WORDS.has(t.norm)) clause++;
    clauseOf.push(clause);
  }
  const negatedClauses = new Set<number>();
  let hasException = false;
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i]?.norm ?? '';
    if (EXCEPTION_WORDS.has(word)) hasException = true;
    if (!isNegator(word)) continue;
    if (NOT_NEGATING_NEXT.has(tokens[i + 1]?.norm ?? '')) continue;
    negatedClauses.add(clauseOf[i] ?? -1);
  }
  const negated = clauseOf.map((c) => negatedClauses.has(c));
  return { negated, hasNegation: negatedClauses.size > 0, hasException };
}
