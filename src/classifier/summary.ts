/**
 * From sentence findings to one light per category (TAXONOMY.md, "From sentences to
 * the traffic light") and the evidence list behind each light.
 */
import { CONTINUES_REASON_KEY } from './model/reasons';
import { CATEGORIES, LEVELS, type Category, type Level, type Light, type Sentence } from './types';

export interface Summary {
  summary: Record<Category, Light>;
  evidence: Record<Category, number[]>;
}

const RANK: Record<Level, number> = { red: 0, amber: 1, green: 2 };

/** Red if any red, amber if any amber, green if only green, unknown if silent. */
export function lightOf(levels: Iterable<Level>): Light {
  let worst: Light = 'unknown';
  for (const level of levels) {
    if (worst === 'unknown' || RANK[level] < RANK[worst]) worst = level;
  }
  return worst;
}

export function summarize(sentences: readonly Sentence[]): Summary {
  const summary = {} as Record<Category, Light>;
  const evidence = {} as Record<Category, number[]>;
  for (const category of CATEGORIES) {
    // Per sentence, its worst finding in the category (that finding's score, and whether its
    // reason quotes the words that fired).
    const entries: Array<{ index: number; rank: number; score: number; cued: boolean }> = [];
    sentences.forEach((sentence, index) => {
      let rank: number = LEVELS.length;
      let score = 0;
      let cued = false;
      for (const finding of sentence.findings) {
        if (finding.category !== category) continue;
        const findingRank = RANK[finding.level];
        if (findingRank < rank || (findingRank === rank && finding.score > score)) {
          rank = findingRank;
          score = finding.score;
          // A follow-up's cue is only its "They" / "Deze": it does not stand on its own.
          cued = finding.cue !== '' && finding.reasonKey !== CONTINUES_REASON_KEY;
        }
      }
      if (rank < LEVELS.length) entries.push({ index, rank, score, cued });
    });
    // The first sentence is the popup's summary line: among equally bad ones, one whose reason
    // can point at its words reads better than a slightly likelier one that cannot.
    entries.sort((a, b) => a.rank - b.rank || Number(b.cued) - Number(a.cued) || b.score - a.score || a.index - b.index);
    evidence[category] = entries.map((entry) => entry.index);
    const first = entries[0];
    summary[category] = first === undefined ? 'unknown' : (LEVELS[first.rank] ?? 'unknown');
  }
  return { summary, evidence };
}
