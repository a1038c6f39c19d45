/**
 * Light stemmers: they only need to make "shares/shared/sharing" and "delen/deelt/gedeeld"
 * meet, not to be linguistically right. Both are deterministic and allocation-light.
 */

// "use" is the commonest verb of a policy, and its forms would not meet otherwise: "uses" lost
// its "e" to the rule below and became "us", the pronoun of "contact us".
// "United States" and "news" are no "unit" and "new", nor the "States" a "statement".
const EN_IRREGULAR = new Map([['uses', 'use'], ['used', 'use'], ['using', 'use'], ['united', 'united'], ['news', 'news'], ['statement', 'statement'], ['statements', 'statement']]);

export function stemEn(word: string): string {
  let w = word.replace(/'s$/, '');
  const irregular = EN_IRREGULAR.get(w);
  if (irregular) return irregular;
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  for (const suffix of ['ing', 'ed', 'ly', 'ment', 'ation']) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 4) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  if (/([b-df-hj-np-tv-z])\1$/.test(w) && !/(ll|ss|ff|zz)$/.test(w)) w = w.slice(0, -1);
  // Short stems keep their "e": "note" is no "not", "care" no "car", "ages" meets "age".
  if (w.length > 4) w = w.replace(/e$/, '');
  // A final "y" reads as "i", so "cookies" ("cooky" above) meets "cookie" ("cooki").
  return w.replace(/y$/, 'i');
}

const NL_VOWEL = /[aeiou]/;

// Words whose "ge" is no participle's: stripped, "gebruiken" and "gebruik" went apart, and
// "gevolgen" (consequences, of refusing cookies) met "volgen" (to track).
const NL_KEEPS_GE = /^ge(bruik|meente|zond|slacht|sprek|volgen$|beur|heim|durende|boorte|vaar|val)/;

export function stemNl(word: string): string {
  let w = word;
  if (w.length <= 3) return w;
  if (w.startsWith('ge') && !NL_KEEPS_GE.test(w)) {
    // A participle used as an adjective ("gepersonaliseerde") meets its participle.
    if (w.length > 7 && /[dt]e$/.test(w)) w = w.slice(0, -1);
    if (w.length > 6 && /(d|t|en)$/.test(w)) w = w.slice(2);
  }
  for (const suffix of ['heden', 'ingen', 'tjes', 'ende', 'en', 'es', 'je', 's', 'e', 't', 'd']) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 3) {
      w = w.slice(0, -suffix.length);
      if (suffix === 'heden') w += 'heid';
      if (suffix === 'ingen') w += 'ing';
      break;
    }
  }
  // Undo spelling changes so "verkopen" meets "verkoop" and "bedrijven" meets "bedrijf".
  if (/([b-df-hj-np-tv-z])\1$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('v')) w = w.slice(0, -1) + 'f';
  else if (w.endsWith('z')) w = w.slice(0, -1) + 's';
  const n = w.length;
  const c1 = w[n - 1] ?? '';
  const v = w[n - 2] ?? '';
  const c0 = w[n - 3] ?? '';
  // Skip the schwa of long words ("verwerker"), which is not a long vowel.
  const schwa = v === 'e' && n > 4;
  if (n >= 3 && !NL_VOWEL.test(c1) && NL_VOWEL.test(v) && !NL_VOWEL.test(c0) && v !== 'i' && !schwa) {
    w = w.slice(0, n - 1) + v + c1;
  }
  return w;
}

// Policies repeat their vocabulary; memoising stems makes a page's features several times cheaper.
const MEMO_LIMIT = 50_000;
const memo = { en: new Map<string, string>(), nl: new Map<string, string>() };

export function stem(word: string, lang: string): string {
  const cache = lang === 'nl' ? memo.nl : memo.en;
  let s = cache.get(word);
  if (s !== undefined) return s;
  s = /\d/.test(word) ? '#num' : lang === 'nl' ? stemNl(word) : stemEn(word);
  if (cache.size >= MEMO_LIMIT) cache.clear();
  cache.set(word, s);
  return s;
}
