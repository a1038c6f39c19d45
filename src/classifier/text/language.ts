/**
 * Language identification by stop words and a few letter cues, per block of text.
 * Cheap by design: it reads at most SAMPLE_WORDS words of a block, which is plenty
 * to tell English, Dutch, German and French apart in running prose.
 */
import type { Lang } from '../types';

type Scored = Exclude<Lang, 'unknown'>;
const SCORED: readonly Scored[] = ['en', 'nl', 'de', 'fr'];

// Words shared by two languages are listed under both; each hit counts for every
// language listing it, so only the distinctive ones move the decision.
const STOP_WORDS: Record<Scored, string> = {
  en: 'the and of to is are we you your our with for that this will be by or not which from may have it as on any such can when these those their they us information about how what if an at do does has been all never no personal use share sell collect third parties',
  nl: 'de het een en van is wij we u uw onze ons met voor dat deze die niet worden wordt zijn kunnen naar ook bij op aan als of zoals gegevens hebben door om te wanneer welke hoe dit wat er zij hun uit tot nooit geen alle heeft bent persoonsgegevens verkopen verzamelen derden',
  de: 'der die das und ist nicht wir sie ihre ihr unsere mit für von zu auf dem den des ein eine einer werden wird sind auch oder bei daten diese durch zur zum über wenn sich können nach keine niemals personenbezogenen dritte',
  fr: 'le la les et des du de un une est nous vous votre vos notre nos pour avec dans sur par que qui pas ne sont ou au aux données ces cette sont être peut leur jamais aucune personnelles tiers',
};

const WORD_LANGS = new Map<string, Scored[]>();
for (const lang of SCORED) {
  for (const word of STOP_WORDS[lang].split(' ')) {
    const langs = WORD_LANGS.get(word) ?? [];
    if (!langs.includes(lang)) langs.push(lang);
    WORD_LANGS.set(word, langs);
  }
}

const SAMPLE_WORDS = 80;
const MIN_HITS = 2.5;
/** The letters of /[a-zß-ÿœ]/ (the sample is lower-cased first). */
const isWordLetter = (code: number): boolean => (code >= 97 && code <= 122) || (code >= 0xdf && code <= 0xff) || code === 0x153;

export interface LanguageScore {
  lang: Lang;
  /** Stop-word hits behind the decision (the evidence). */
  hits: number;
}

export function identifyLanguage(text: string, sampleWords = SAMPLE_WORDS): LanguageScore {
  const counts: Record<Scored, number> = { en: 0, nl: 0, de: 0, fr: 0 };
  // Words average under eight characters: this slice holds the sample.
  const limit = sampleWords * 8;
  const sample = (text.length > limit ? text.slice(0, limit) : text).toLowerCase();
  let words = 0;
  // A scan rather than WORD.exec: one match array per word was most of this function's garbage.
  for (let i = 0; i < sample.length && words < sampleWords; ) {
    if (!isWordLetter(sample.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < sample.length && isWordLetter(sample.charCodeAt(i))) i++;
    words++;
    const langs = WORD_LANGS.get(sample.slice(start, i));
    if (langs) for (const lang of langs) counts[lang] += langs.length === 1 ? 1 : 0.5;
  }
  // Letters that only one of the four writes often break ties between close scores.
  counts.nl += Math.min(3, (sample.match(/ij/g)?.length ?? 0) * 0.25);
  counts.de += Math.min(3, (sample.match(/[äöüß]/g)?.length ?? 0) * 0.5);
  counts.fr += Math.min(3, (sample.match(/[éèêàçùâîôœ]/g)?.length ?? 0) * 0.3);
  let best: Scored = 'en';
  let second = 0;
  for (const lang of SCORED) {
    if (counts[lang] > counts[best]) best = lang;
  }
  for (const lang of SCORED) {
    if (lang !== best) second = Math.max(second, counts[lang]);
  }
  const hits = counts[best];
  if (hits < MIN_HITS || hits < second * 1.25) return { lang: 'unknown', hits };
  return { lang: best, hits };
}

/**
 * Languages per block: blocks with too little evidence (headings, list fragments)
 * take the language of the next decided block, else of the previous one.
 */
export function blockLanguages(blocks: readonly string[]): Lang[] {
  const langs = blocks.map((block) => identifyLanguage(block).lang);
  let next: Lang = 'unknown';
  const resolved = new Array<Lang>(langs.length);
  for (let i = langs.length - 1; i >= 0; i--) {
    const lang = langs[i] ?? 'unknown';
    if (lang !== 'unknown') next = lang;
    resolved[i] = lang === 'unknown' ? next : lang;
  }
  let previous: Lang = 'unknown';
  for (let i = 0; i < resolved.length; i++) {
    const lang = resolved[i] ?? 'unknown';
    if (langs[i] !== 'unknown') previous = lang;
    // Trailing undecided blocks (nothing after them) fall back to the one before.
    if (lang === 'unknown') resolved[i] = previous;
  }
  return resolved;
}

/** The language covering most characters, ignoring undecided blocks. */
export function dominantLanguage(blocks: ReadonlyArray<{ lang: Lang; chars: number }>): Lang {
  const totals = new Map<Lang, number>();
  for (const { lang, chars } of blocks) {
    if (lang !== 'unknown') totals.set(lang, (totals.get(lang) ?? 0) + chars);
  }
  let best: Lang = 'unknown';
  let bestChars = 0;
  for (const [lang, chars] of totals) {
    if (chars > bestChars) {
      best = lang;
      bestChars = chars;
    }
  }
  return best;
}
