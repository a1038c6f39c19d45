/**
 * Sentence features for the linear model: bilingual concepts (negation-marked), concept pairs,
 * stem unigrams and bigrams, a few shape features, and the previous sentence's concepts under
 * their own prefix so they stay weak evidence.
 */
import { findConcepts, type ConceptHit } from './concepts';
import { GENERIC_CONCEPTS } from './lexicon';
import { namesDoNotTrack, negationScope } from './negation';
import { stem } from './stem';
import { tokenize, type Token } from './tokens';

export interface SentenceFeatures {
  /** Distinct feature names, sorted unless asked otherwise. */
  names: string[];
  /** The value of lexical features (words, bigrams) in this sentence; others count 1. */
  lexicalScale: number;
  tokens: Token[];
  /** Concept hits with the feature name they produced (`c:x` or `!c:x`). */
  hits: { hit: ConceptHit; feature: string }[];
}

/**
 * Real policies run long: summed over 40 words, the small negative weights of common words
 * drown a clear cue. Lexical features therefore weigh less in long sentences, while concept
 * features keep full weight.
 */
// 6 rather than 12: halving it raised leave-one-seed-out F1 on real policies at no CV cost.
const LEXICAL_REFERENCE_LENGTH = 6;

export function lexicalScaleFor(tokenCount: number): number {
  return Math.min(1, Math.sqrt(LEXICAL_REFERENCE_LENGTH / Math.max(1, tokenCount)));
}

export function isLexical(name: string): boolean {
  return name.startsWith('w:') || name.startsWith('!w:') || name.startsWith('b:') || name.startsWith('!b:');
}

export interface ConceptView {
  tokens: Token[];
  hits: { hit: ConceptHit; feature: string }[];
  negated: boolean[];
  neg: boolean;
  exc: boolean;
  /** Its distinct concept features, then their pairs (`cc:`), as this sentence's own features. */
  concepts: string[];
  pairs: string[];
  /** Which way data moves relative to a named party (`d:to:c:thirdparty`), see directionOf. */
  directions: string[];
  /** Its concept features as the next sentence's context (`p:`). */
  asPrevious: string[];
}

// The engine classifies sentences in order, so a sentence's "previous" was seen just before.
const recentViews = new Map<string, ConceptView>();

export function conceptFeatures(text: string): ConceptView {
  const cached = recentViews.get(text);
  if (cached) return cached;
  const view = computeConceptView(text);
  if (recentViews.size >= 4) recentViews.delete(recentViews.keys().next().value ?? '');
  recentViews.set(text, view);
  return view;
}

// Feature names per concept, built once: a page names the same few dozen concepts again and again.
interface ConceptNames {
  plain: string;
  negated: string;
  paired: boolean;
  /** Names as the next sentence's context. */
  previous: { plain: string; negated: string };
}

const conceptNames = new Map<string, ConceptNames>();

function namesOf(concept: string): ConceptNames {
  let names = conceptNames.get(concept);
  if (!names) {
    const plain = `c:${concept}`;
    const negated = `!c:${concept}`;
    names = { plain, negated, paired: !GENERIC_CONCEPTS.has(concept), previous: { plain: `p:${plain}`, negated: `p:${negated}` } };
    conceptNames.set(concept, names);
  }
  return names;
}

// "to / with / aan / met" a third party is data going out, "from / van / via" is data coming in,
// "by / door" names who acts in a passive sentence: the same words around different directions.
const DIRECTION: ReadonlyMap<string, string> = new Map([
  ...['to', 'with', 'aan', 'met', 'naar'].map((w) => [w, 'to'] as const),
  ...['from', 'van', 'via', 'uit'].map((w) => [w, 'from'] as const),
  ...['by', 'door'].map((w) => [w, 'by'] as const),
]);
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'our', 'their', 'your', 'its', 'a', 'an', 'other', 'certain', 'selected', 'trusted', 'these', 'such', 'de', 'het', 'een', 'onze', 'ons', 'hun', 'uw', 'je', 'jouw', 'andere', 'bepaalde', 'deze', 'dergelijke', 'zorgvuldig', 'geselecteerde']);

function directionOf(tokens: readonly Token[], from: number): string | undefined {
  let k = from - 1;
  for (let skipped = 0; skipped < 2 && DETERMINERS.has(tokens[k]?.norm ?? ''); skipped++) k--;
  return DIRECTION.get(tokens[k]?.norm ?? '');
}

function computeConceptView(text: string): ConceptView {
  const tokens = tokenize(text);
  const scope = negationScope(text, tokens);
  const concepts: string[] = [];
  const pairable: string[] = [];
  const asPrevious: string[] = [];
  const directions: string[] = [];
  // "We do not track you" is a denial of tracking, not the Do Not Track signal.
  const named = (hit: ConceptHit) => hit.concept !== 'dnt' || tokens[hit.from]?.norm !== 'do' || namesDoNotTrack(text, tokens, hit.from + 1);
  const hits = findConcepts(tokens).filter(named).map((hit) => {
    let negated = false;
    for (let k = hit.from; k < hit.to; k++) if (scope.negated[k]) negated = true;
    const names = namesOf(hit.concept);
    const feature = negated ? names.negated : names.plain;
    asPrevious.push(negated ? names.previous.negated : names.previous.plain);
    if (!concepts.includes(feature)) {
      concepts.push(feature);
      if (names.paired) pairable.push(feature);
    }
    const direction = names.paired ? directionOf(tokens, hit.from) : undefined;
    const name = direction ? `d:${direction}:${feature}` : undefined;
    if (name && !directions.includes(name)) directions.push(name);
    return { hit, feature };
  });
  pairable.sort();
  const pairs: string[] = [];
  for (let i = 0; i < pairable.length; i++) {
    for (let j = i + 1; j < pairable.length; j++) pairs.push(`cc:${pairable[i]}+${pairable[j]}`);
  }
  return { tokens, hits, negated: scope.negated, neg: scope.hasNegation, exc: scope.hasException, concepts, pairs, directions, asPrevious };
}

/**
 * Where features go. Training wants their names; the worker only wants the model's ids, and
 * building a string per word and word pair just to look it up was a third of its analysis time.
 * Both walk the same `visitFeatures`, so they cannot drift apart.
 */
export interface FeatureSink {
  /** Concepts, their pairs, shape and context features (value 1). */
  feature(name: string): void;
  /** A stem unigram (value: the sentence's lexical scale). */
  word(stem: string, negated: boolean): void;
  /**
   * A stem bigram, `previous` is `^` at the sentence start (value: the lexical scale). Marked
   * negated like words: unmarked, "wij verkopen" learnt green from "Wij verkopen uw gegevens niet".
   */
  bigram(previous: string, stem: string, negated: boolean): void;
}

// "This website uses cookies." opens like "This information is …", which is rarely a finding,
// and that opening outweighed the cookie (0.16 against a bar of 0.225); the site speaking of
// itself is "our website".
const SITE_NOUNS = new Set(['website', 'websites', 'site', 'sites', 'webshop', 'app', 'application', 'applicatie', 'platform', 'service', 'dienst', 'portal', 'portaal']);
const OWN_SITE_OPENER = { en: 'our', nl: 'onze' } as const;

function namesOwnSite(tokens: readonly Token[]): boolean {
  const first = tokens[0]?.norm;
  return (first === 'this' || first === 'deze') && SITE_NOUNS.has(tokens[1]?.norm ?? '');
}

export interface VisitedSentence {
  lexicalScale: number;
  tokens: Token[];
  hits: { hit: ConceptHit; feature: string }[];
}

/** What a sentence's features may look at besides itself (see ListContext for `leadIn`). */
export interface SentenceContext {
  previous?: string;
  leadIn?: string;
}

export function visitFeatures(text: string, lang: string, context: SentenceContext, sink: FeatureSink): VisitedSentence {
  const { previous, leadIn } = context;
  const { tokens, hits, negated, neg, exc, concepts, pairs, directions } = conceptFeatures(text);
  sink.feature('bias');
  for (const feature of concepts) sink.feature(feature);
  for (const pair of pairs) sink.feature(pair);
  for (const direction of directions) sink.feature(direction);
  let prevStem = '^';
  for (let i = 0; i < tokens.length; i++) {
    const s = stem(i === 0 && namesOwnSite(tokens) ? OWN_SITE_OPENER[lang === 'nl' ? 'nl' : 'en'] : tokens[i]?.norm ?? '', lang);
    sink.word(s, negated[i] === true);
    sink.bigram(prevStem, s, negated[i] === true);
    prevStem = s;
  }
  if (neg) sink.feature('neg');
  if (exc) sink.feature('exc');
  if (neg && exc) sink.feature('neg+exc');
  sink.feature(tokens.length < 4 ? 'len:short' : tokens.length < 12 ? 'len:mid' : 'len:long');
  if (/^\s*[•\-*·▪●◦–]/.test(text)) sink.feature('shape:bullet');
  if (/[:?]\s*$/.test(text)) sink.feature('shape:opens');
  if (previous) {
    for (const feature of conceptFeatures(previous).asPrevious) sink.feature(feature);
  }
  if (leadIn) {
    for (const feature of conceptFeatures(leadIn).concepts) sink.feature(`l:${feature}`);
  }
  return { lexicalScale: lexicalScaleFor(tokens.length), tokens, hits };
}

/** Feature names of a sentence; `sorted` false skips sorting (only the set matters then). */
export function extractFeatures(text: string, lang: string, context: SentenceContext = {}, sorted = true): SentenceFeatures {
  const names = new Set<string>();
  const visited = visitFeatures(text, lang, context, {
    feature: (name) => names.add(name),
    word: (s, negated) => names.add(`${negated ? '!' : ''}w:${s}`),
    bigram: (p, s, negated) => names.add(`${negated ? '!' : ''}b:${p}_${s}`),
  });
  return { ...visited, names: sorted ? [...names].sort() : [...names] };
}
