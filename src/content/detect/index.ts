/**
 * Is this page a privacy policy worth sending to the worker? Two steps, both
 * pure over a Document and shared by the content script and the CLI:
 * `firstPass` (URL, title, headings: no body text) and `decideCandidate` (the
 * policy vocabulary of the extracted main text). The worker's engine then has the
 * last word (`isPolicy`).
 */
import { firstPassVerdict, readPageSignals, type FirstPassVerdict, type PageSignals } from './page-signals';
import { measureVocabulary, type Vocabulary } from './vocabulary';

export type { FirstPassVerdict, PageSignals } from './page-signals';
export type { Vocabulary } from './vocabulary';

/**
 * no-signal: nothing in URL, title or headings; too-short: a blurb; no-practices: states
 * no data practice of its own; news: reporting prose; terms: reads like terms of service;
 * few-topics: too few policy topics; the last two are candidates.
 */
export type DetectionReason = 'no-signal' | 'too-short' | 'no-practices' | 'news' | 'terms' | 'few-topics' | 'signals-and-vocabulary' | 'vocabulary';

export interface FirstPass {
  verdict: FirstPassVerdict;
  signals: PageSignals;
}

export interface Detection extends FirstPass {
  candidate: boolean;
  /** Why (for the CLI's --json output and debugging). */
  reason: DetectionReason;
  vocabulary: Vocabulary | null;
}

/** Below this a page is a blurb ("we value your privacy"), not a policy. */
export const MIN_WORDS = 200;
/** Text the vocabulary step reads at most: a policy shows itself early. */
export const VOCABULARY_SAMPLE_CHARS = 60_000;

export function firstPass(doc: Document, href: string): FirstPass {
  const signals = readPageSignals(doc, href);
  return { verdict: firstPassVerdict(signals), signals };
}

export function decideCandidate(first: FirstPass, text: string): Detection {
  if (first.verdict === 'negative') {
    return { ...first, candidate: false, reason: 'no-signal', vocabulary: null };
  }
  const vocabulary = measureVocabulary(text.length > VOCABULARY_SAMPLE_CHARS ? text.slice(0, VOCABULARY_SAMPLE_CHARS) : text);
  const verdict = (candidate: boolean, reason: DetectionReason): Detection => ({ ...first, candidate, reason, vocabulary });
  if (vocabulary.words < MIN_WORDS) return verdict(false, 'too-short');
  if (vocabulary.practices < 2) return verdict(false, 'no-practices');
  if (vocabulary.reportingPerThousand >= 3) return verdict(false, 'news');
  if (vocabulary.policyGroups - vocabulary.termsGroups < 3) return verdict(false, 'terms');
  // A page that names itself a policy and keeps stating practices may be short on topics (older, simpler policies).
  const needed = first.verdict === 'positive' ? (vocabulary.practices >= 8 ? 3 : 5) : 8;
  if (vocabulary.policyGroups < needed) return verdict(false, 'few-topics');
  return verdict(true, first.verdict === 'positive' ? 'signals-and-vocabulary' : 'vocabulary');
}
