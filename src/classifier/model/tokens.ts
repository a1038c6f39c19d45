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
  // exec loop and a conditional replace: this runs on every word of every page.
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const lower = m[0].toLowerCase();
    out.push({ norm: lower.includes('’') ? lower.replace(/’/g, "'") : lower, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Offsets of clause-ending punctuation, ascending. */
export function clauseBreaks(text: string): number[] {
  return [...text.matchAll(CLAUSE_PUNCT)].map((m) => m.index ?? 0);
}
