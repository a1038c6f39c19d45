/**
 * Units that read as headings. TAXONOMY.md gives headings no label however many trigger
 * words they hold ("Targeted advertising by us and others", "Doorgifte buiten de EER"), but a
 * linear model sums those words into a confident finding, so the engine gates them out before
 * scoring. Bullets, lettered items and table rows are not headings: they often state a
 * practice without a full stop ("• Rusland" under a transfer lead-in, "_ga | Google | 2 years").
 */
const MAX_HEADING_WORDS = 12;
const BULLET = /^[•\-*·▪●◦–—‣■□►➢>]/;
const LETTERED_ITEM = /^\(?[a-z0-9]{1,2}\)/i;
const SECTION_NUMBER = /^(?:\d+(?:\.\d+)*\.?|[IVX]+\.)\s+/;
// Lead-ins end in a colon and list items in a semicolon or comma: both can be findings.
const SENTENCE_END = /[.!?;:,)\]"'”’…]$/;
const UPPERCASE_START = /^\p{Lu}/u;

export function isHeadingLike(text: string): boolean {
  const trimmed = text.trim();
  // A colon inside marks a labelled statement ("2. E-mail: with a US service under the DPF").
  if (!trimmed || /[|\t:]/.test(trimmed)) return false;
  if (SENTENCE_END.test(trimmed) || BULLET.test(trimmed) || LETTERED_ITEM.test(trimmed)) return false;
  const body = trimmed.replace(SECTION_NUMBER, '');
  return UPPERCASE_START.test(body) && body.split(/\s+/).length <= MAX_HEADING_WORDS;
}
