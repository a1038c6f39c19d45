/**
 * Corrections to wink-nlp's sentence boundaries. As shipped, wink splits after Dutch
 * abbreviations (`bijv.`), inside `www.example.nl`, and keeps `https://…/privacy.` glued
 * to the next sentence; these rules undo and add cuts around it (issue 3, step 3).
 */

/** Abbreviations that never end a sentence (lower case, without the final dot). */
const ALWAYS_CONTINUES = new Set([
  'bijv', 'bv', 'o.a', 'm.b.t', 'd.w.z', 'dhr', 'mevr', 'mr', 'mw', 'ca', 'nr', 'art', 'artt', 'e.g', 'i.e',
  'vs', 'zgn', 'z.g.a.n', 'i.v.m', 'm.u.v', 't.a.v', 't.b.v', 'o.b.v', 'a.u.b', 'c.q', 'e.d', 'resp', 'incl',
  'excl', 'evt', 'ong', 'u.s', 'u.k', 'u.s.a', 'bldg', 'apt', 'ste', 'str', 'blvd', 'ave', 'tav', 'ca', 'vlg', 'vgl', 'jo', 'mrs', 'ms', 'dr', 'prof', 'st', 'no', 'nos', 'approx', 'cf', 'fig', 'para',
  'pp', 'p', 'vol', 'sec', 'z.b', 'bzw', 'ggf', 'u.a', 'd.h', 'vgl', 'abs', 'mme', 'cfr', 'ref', 'tel', 'fax',
]);

/** Abbreviations that may also end a sentence: continue only before lower case or a digit. */
const MAY_END = new Set(['etc', 'enz', 'inc', 'ltd', 'co', 'corp', 'llc', 'b.v', 'n.v', 'gmbh', 'ag', 'plc', 'jr', 'sr', 'al', 'e.a']);

const LAST_WORD = /(?:^|[^\p{L}.])(\p{L}[\p{L}.]*)\.["')\]]*$/u;
const URL = /(?:https?:\/\/|www\.)[^\s<>"]+/giu;
const EMAIL_LOCAL = /[\p{L}\d._%+-]/u;
const EMAIL_DOMAIN = /[\p{L}\d.-]/u;
const TRAILING_PUNCT = /[.,;:!?)\]'"]+$/u;
const REPEATED_STOP = /[.!?]{2,}(?=[ \t]+[\p{Lu}])/gu;

export interface Span {
  start: number;
  end: number;
}

export interface LinkSpans {
  /** URLs and e-mail addresses, trailing punctuation excluded. */
  spans: Span[];
  /** Sentence ends that wink misses because the URL token swallowed the full stop. */
  extraCuts: number[];
}

/** E-mail addresses, found from each `@` outwards (a full-text regex backtracks badly). */
function findEmails(text: string, found: Array<{ start: number; raw: string }>): void {
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && EMAIL_LOCAL.test(text[start - 1] ?? '')) start--;
    let end = at + 1;
    while (end < text.length && EMAIL_DOMAIN.test(text[end] ?? '')) end++;
    const raw = text.slice(start, end);
    if (start < at && /@[\p{L}\d-]+\.[\p{L}\d]/u.test(raw)) found.push({ start, raw });
  }
}

export function findLinks(text: string): LinkSpans {
  const found: Array<{ start: number; raw: string }> = [];
  for (const match of text.matchAll(URL)) found.push({ start: match.index, raw: match[0] });
  findEmails(text, found);
  found.sort((a, b) => a.start - b.start);
  const spans: Span[] = [];
  const extraCuts: number[] = [];
  for (const { start, raw } of found) {
    const trailing = TRAILING_PUNCT.exec(raw);
    const end = start + raw.length - (trailing ? trailing[0].length : 0);
    const last = spans[spans.length - 1];
    if (last !== undefined && start < last.end) continue;
    spans.push({ start, end });
    const after = start + raw.length;
    if (trailing && /[.!?]/u.test(trailing[0]) && /^\s+[\p{Lu}\d]/u.test(text.slice(after, after + 3))) {
      extraCuts.push(after);
    }
  }
  // wink reads "it.." as one token that ends nothing; a doubled stop before a capital does.
  for (const match of text.matchAll(REPEATED_STOP)) extraCuts.push(match.index + match[0].length);
  extraCuts.sort((a, b) => a - b);
  return { spans, extraCuts };
}

function insideSpan(spans: Span[], at: number): boolean {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const span = spans[mid];
    if (span === undefined) break;
    if (at <= span.start) high = mid - 1;
    else if (at >= span.end) low = mid + 1;
    else return true;
  }
  return false;
}

/** Whether a wink cut at `at` (end of the previous sentence) is a real sentence end. */
export function isRealBoundary(text: string, at: number, links: Span[]): boolean {
  if (insideSpan(links, at)) return false;
  const tail = text.slice(Math.max(0, at - 24), at);
  let next = at;
  while (next < text.length && /\s/u.test(text[next] ?? '')) next++;
  const head = text.slice(next, next + 1);
  if (head === '') return true;
  const nextLower = /\p{Ll}/u.test(head);
  const nextDigit = /\d/u.test(head);
  if (/^[,;:)\]]/u.test(head)) return false;
  if (!/\.["')\]]*$/u.test(tail)) return true;
  if (nextLower) return false;
  if (nextDigit && /\d\.$/u.test(tail)) return false;
  const word = LAST_WORD.exec(tail)?.[1];
  if (word === undefined) return true;
  const key = word.toLowerCase();
  if (ALWAYS_CONTINUES.has(key)) return false;
  if (MAY_END.has(key)) return !nextDigit;
  // A single capital before a dot is an initial ("J. Jansen"), not a sentence end.
  return !(word.length === 1 && /\p{Lu}/u.test(word));
}
