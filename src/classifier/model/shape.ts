/**
 * Units that read as headings. TAXONOMY.md gives headings no label however many trigger
 * words they hold ("Targeted advertising by us and others", "Doorgifte buiten de EER"), but a
 * linear model sums those words into a confident finding, so the engine gates them out before
 * scoring. Bullets, lettered items and table rows are not headings: they often state a
 * practice without a full stop ("• Rusland" under a transfer lead-in, "_ga | Google | 2 years").
 */
const MAX_HEADING_WORDS = 12;
// English headings in Title Case run longer ("Use of Web Beacons, Pixel Tags and Tracking
// Technology by Us and Our Partners"): they count while most of their words are capitalised.
const MAX_TITLE_CASE_WORDS = 20;
const TITLE_CASE_SHARE = 0.6;
const LIST_ITEM = /^\s*(?:[•\-*·▪●◦–—‣■□►➢>]|\(?[a-z0-9]{1,2}\))/i;
const SECTION_NUMBER = /^(?:\d+(?:\.\d+)*\.?|[IVX]+\.)\s+/;
const OPENING_QUOTES = /^[‘'"“„([]+/;
// Lead-ins end in a colon and list items in a semicolon or comma: both can be findings.
const SENTENCE_END = /[.!?;:,)\]"'”’…]$/;
const UPPERCASE_START = /^\p{Lu}/u;
const STARTS_WITH_LETTER = /^\p{L}/u;
const LETTER = /\p{L}/u;

/** A bullet or lettered item ("• Rusland", "b) to our processors"). */
export function isListItem(text: string): boolean {
  return LIST_ITEM.test(text);
}

export function isHeadingLike(text: string): boolean {
  const trimmed = text.trim();
  if (!trimmed) return false;
  // A unit without a letter ("4", "\u200f12", "—") is a section number or a stray cell: scored with
  // the previous paragraph as its context, it could only echo that paragraph's findings.
  if (!LETTER.test(trimmed)) return true;
  // A colon inside marks a labelled statement ("2. E-mail: with a US service under the DPF").
  if (/[|\t:]/.test(trimmed)) return false;
  if (SENTENCE_END.test(trimmed) || isListItem(trimmed)) return false;
  const body = trimmed.replace(SECTION_NUMBER, '').replace(OPENING_QUOTES, '');
  if (!UPPERCASE_START.test(body)) return false;
  const words = body.split(/\s+/);
  if (words.length <= MAX_HEADING_WORDS) return true;
  if (words.length > MAX_TITLE_CASE_WORDS) return false;
  const lettered = words.filter((word) => STARTS_WITH_LETTER.test(word));
  const capitalised = lettered.filter((word) => UPPERCASE_START.test(word)).length;
  return capitalised >= TITLE_CASE_SHARE * lettered.length;
}
