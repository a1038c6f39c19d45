/**
 * Sentence segmentation: line structure first (headings, list items, blank lines),
 * then candidate sentence ends inside each run (wink-nlp's, or ./rule-ends), corrected
 * by ./boundaries. The source of candidates is a parameter so that the caller decides
 * whether wink-nlp is bundled at all.
 * Offsets are into the text given (the normalised copy); the caller maps them back.
 */
import type { UnitKind } from '../types';
import { findLinks, isRealBoundary } from './boundaries';
import { groupLines, type LineGroup } from './lines';

export interface Unit {
  start: number;
  end: number;
  kind: UnitKind;
  /** Index of the line group the unit comes from (a block for language identification). */
  group: number;
}

export interface Segmentation {
  units: Unit[];
  groups: LineGroup[];
}

const SPACE = /\s/u;

function pushTrimmed(text: string, units: Unit[], start: number, end: number, kind: UnitKind, group: number): boolean {
  while (start < end && SPACE.test(text[start] ?? '')) start++;
  while (end > start && SPACE.test(text[end - 1] ?? '')) end--;
  if (end <= start) return false;
  units.push({ start, end, kind, group });
  return true;
}

function firstKind(group: LineGroup): UnitKind {
  if (group.kind === 'heading') return 'heading';
  return group.kind === 'item' ? 'item' : 'sentence';
}

/** Where a sentence may end (offsets after its last character), before ./boundaries corrects them. */
export type SentenceEnds = (text: string) => number[];

export function segment(text: string, sentenceEnds: SentenceEnds): Segmentation {
  const groups = groupLines(text);
  const units: Unit[] = [];
  const hasProse = groups.some((group) => group.kind !== 'heading');
  const ends = hasProse ? sentenceEnds(text) : [];
  const links = findLinks(text);
  let endIndex = 0;
  let extraIndex = 0;
  groups.forEach((group, index) => {
    const cuts: number[] = [];
    if (group.kind !== 'heading') {
      while (endIndex < ends.length && (ends[endIndex] ?? 0) <= group.start) endIndex++;
      for (; endIndex < ends.length && (ends[endIndex] ?? 0) < group.end; endIndex++) {
        const at = ends[endIndex] ?? 0;
        if (at > group.markerEnd && isRealBoundary(text, at, links.spans)) cuts.push(at);
      }
      while (extraIndex < links.extraCuts.length && (links.extraCuts[extraIndex] ?? 0) <= group.start) extraIndex++;
      for (; extraIndex < links.extraCuts.length && (links.extraCuts[extraIndex] ?? 0) < group.end; extraIndex++) {
        cuts.push(links.extraCuts[extraIndex] ?? 0);
      }
      cuts.sort((a, b) => a - b);
    }
    let from = group.start;
    let kind = firstKind(group);
    for (const cut of cuts) {
      if (cut <= from) continue;
      if (pushTrimmed(text, units, from, cut, kind, index)) kind = 'sentence';
      from = cut;
    }
    pushTrimmed(text, units, from, group.end, kind, index);
  });
  return { units, groups };
}
