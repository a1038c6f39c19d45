/** Word tokens with their offsets; light enough to run on every sentence in the worker. */

export interface Token {
  /** Lower-cased word, hyphens and apostrophes kept inside ("ip-adres", "don't"). */
  norm: string;
  start: number;
  end: number;
}

// Letters and digits, joined by inner hyphens, apostrophes or dots ("e.g", "u.s").
const WORD = /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*/gu;
/** Punctuation that ends a clause: negation scope stops here. */
const CLAUSE_PUNCT = /[,;:()!?]|\s[-–—]\s/g;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index ?? 0;
    out.push({ norm: m[0].toLowerCase().replace(/’/g, "'"), start, end: start + m[0].length });
  }
  return out;
}

/** Offsets of clause-ending punctuation, ascending. */
export function clauseBreaks(text: string): number[] {
  return [...text.matchAll(CLAUSE_PUNCT)].map((m) => m.index ?? 0);
}
