/**
 * From sentence findings to one light per category (TAXONOMY.md, "From sentences to
 * the traffic light") and the evidence list behind each light.
 */
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
    // Per sentence, its worst finding in the category (and that finding's score).
    const entries: Array<{ index: number; rank: number; score: number }> = [];
    sentences.forEach((sentence, index) => {
      let rank: number = LEVELS.length;
      let score = 0;
      for (const finding of sentence.findings) {
        if (finding.category !== category) continue;
        const findingRank = RANK[finding.level];
        if (findingRank < rank || (findingRank === rank && finding.score > score)) {
          rank = findingRank;
          score = finding.score;
        }
      }
      if (rank < LEVELS.length) entries.push({ index, rank, score });
    });
    entries.sort((a, b) => a.rank - b.rank || b.score - a.score || a.index - b.index);
    evidence[category] = entries.map((entry) => entry.index);
    const first = entries[0];
    summary[category] = first === undefined ? 'unknown' : (LEVELS[first.rank] ?? 'unknown');
  }
  return { summary, evidence };
}
