/** Word tokens with their offsets; light enough to run on every sentence in the worker. */

export interface Token {
  /** Lower-cased word, hyphens and apostrophes kept inside ("ip-adres", "don't"). */
  norm: string;
  start: number;
  end: number;
}

// Words are letters and digits, joined by inner hyphens, apostrophes or dots ("e.g", "u.s"):
// /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*/gu. A hand scan gives the same tokens (tested against
// that pattern) at half the cost; tokenising is a seventh of a page's analysis.
const WORD_CHAR = /[\p{L}\p{N}]/u;
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORD[c] = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 0;
const wideWordChars = new Map<number, boolean>();

/** Code units taken by the word character at `i` (2 for an astral letter), 0 if none. */
function wordCharAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 128) return ASCII_WORD[code] ?? 0;
  const astral = code >= 0xd800 && code <= 0xdbff;
  const point = astral ? (text.codePointAt(i) ?? code) : code;
  let isWord = wideWordChars.get(point);
  if (isWord === undefined) {
    isWord = WORD_CHAR.test(String.fromCodePoint(point));
    wideWordChars.set(point, isWord);
  }
  return isWord ? (point > 0xffff ? 2 : 1) : 0;
}

/** Punctuation that ends a clause: negation scope stops here. */
const CLAUSE_PUNCT = /[,;:()!?]|\s[-–—]\s/g;

const isJoiner = (code: number): boolean => code === 45 || code === 39 || code === 0x2019 || code === 46;

function normOf(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  // Lower-case once and cut words from that, unless lower-casing moved offsets ("İ" becomes two
  // code units); "’" becomes "'" one for one.
  let lowered: string | null = text.toLowerCase();
  if (lowered.length !== n) lowered = null;
  else if (lowered.includes('’')) lowered = lowered.replace(/’/g, "'");
  let i = 0;
  while (i < n) {
    let width = wordCharAt(text, i);
    if (width === 0) {
      i++;
      continue;
    }
    const start = i;
    i += width;
    for (;;) {
      while (i < n && (width = wordCharAt(text, i)) > 0) i += width;
      if (i + 1 < n && isJoiner(text.charCodeAt(i)) && (width = wordCharAt(text, i + 1)) > 0) i += 1 + width;
      else break;
    }
    out.push({ norm: lowered !== null ? lowered.slice(start, i) : normOf(text.slice(start, i)), start, end: i });
  }
  return out;
}

/** Offsets of clause-ending punctuation, ascending. */
export function clauseBreaks(text: string): number[] {
  const out: number[] = [];
  CLAUSE_PUNCT.lastIndex = 0;
  for (let m = CLAUSE_PUNCT.exec(text); m; m = CLAUSE_PUNCT.exec(text)) out.push(m.index);
  return out;
}
