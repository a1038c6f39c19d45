/**
 * What the rules that read a unit's own words make of the model's score in one category:
 * - no green without a commitment the unit shows (green.ts);
 * - an affirmed sale of personal data is a red sharing finding, however unsure the model is (sale.ts);
 * - a unit that states no practice (a question, a definition, the reader's rights, a pointer to
 *   more information, a list's label such as "Outside the EU:") is no finding, and data that only
 *   comes in, or the organisation's own marketing to the reader, is no sharing (statement.ts,
 *   green.ts);
 * - the name of the "Do Not Sell" link promises nothing (link-names.ts), nor does a list's label
 *   ("Within the EU or EEA:") or a line that says where the policy stops (green.ts);
 * - a stated use of cookies is a tracking finding, at the model's level (cookie-use.ts);
 * - what the reader posts becoming public or taken by others, and data handed over because the
 *   law requires it, are sharing findings, never green (public-posts.ts, legal-disclosure.ts);
 * - honouring the Do Not Track or Global Privacy Control signal is a green tracking finding
 *   (signals-honoured.ts).
 * The engine and the evaluation both score through here, so the figures measure what users see.
 */
import type { Category, Level } from '../types';
import type { SentenceContext } from './features';
import { isHeadingLabel, isListLabel, justifiedLevel, onlyDisclaimsScope } from './green';
import { affirmsSale } from './sale';
import { affirmsCookieUse } from './cookie-use';
import { postsMadePublic } from './public-posts';
import { disclosesWhenLawRequires } from './legal-disclosure';
import { greenRestsOnLinkName } from './link-names';
import { honoursSignal } from './signals-honoured';
import { FOLLOW_UP_FACTOR, STRAY_FACTOR } from './neighbours';
import { marketsOnlyItself, onlyReceives, statesNoPractice, statesRetention } from './statement';

export interface RuledScore {
  relevance: number;
  level: Level;
  probs: Record<Level, number>;
  threshold: number;
}

/** The unit's own words leave it no finding in `category`, whatever the model's score. */
export function silenced(category: Category, text: string): boolean {
  if (statesNoPractice(text) || isHeadingLabel(text)) return true;
  if (category !== 'tracking' && statesRetention(text)) return true;
  return category === 'sharing' && (onlyReceives(text) || marketsOnlyItself(text));
}

/** `score` passing at least the stray's bar (neighbours.ts), at `level`. */
function noStray<S extends RuledScore>(score: S, level: Level): S {
  return { ...score, relevance: Math.max(score.relevance, score.threshold * STRAY_FACTOR), level };
}

export function ruledScore<S extends RuledScore>(category: Category, score: S, text: string, context: SentenceContext = {}): S {
  if (category === 'sharing' && affirmsSale(text, context)) return { ...score, relevance: Math.max(score.relevance, score.threshold), level: 'red' };
  // Below a follow-up's bar, the lowest there is, a unit cannot pass: silencing it would change nothing.
  if (score.relevance >= score.threshold * FOLLOW_UP_FACTOR && silenced(category, text)) return { ...score, relevance: 0 };
  if (category === 'sharing' && score.level === 'green' && greenRestsOnLinkName(text)) return { ...score, relevance: 0 };
  if (score.level === 'green' && (isListLabel(text) || onlyDisclaimsScope(text))) return { ...score, relevance: 0 };
  // A lone finding needs the stray's bar (neighbours.ts); a stated use of cookies, posts made
  // public, a disclosure the law requires or a stated commitment is no stray, so each passes that bar.
  if (category === 'tracking' && affirmsCookieUse(text, context)) return noStray(score, justifiedLevel(category, score.level, score.probs, text, context));
  // Publishing and a disclosure the law compels are never a commitment, so never green; a unit
  // only the rule finds is amber, as TAXONOMY reads disclosure on legal request and the seeds'
  // reference reads forum posts, while one the model found keeps its red.
  if (category === 'sharing' && (postsMadePublic(text, context) || disclosesWhenLawRequires(text, context))) return noStray(score, score.relevance >= score.threshold && score.level === 'red' ? 'red' : 'amber');
  if (category === 'tracking' && honoursSignal(text, context)) return noStray(score, 'green');
  return { ...score, level: justifiedLevel(category, score.level, score.probs, text, context) };
}
