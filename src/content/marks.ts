/**
 * Evidence sentences of a report turned into marks on the page: a DOM Range and
 * the level it is drawn with.
 */
import { LEVELS, type Level } from '../classifier/types';
import type { EvidenceSentence, PageReport } from '../shared/messages';
import { rangeForOffsets, type Extraction } from './extract';

export interface Mark {
  evidence: EvidenceSentence;
  level: Level;
  range: Range;
}

/** The worst level among the sentence's findings that the user wants marked, or null. */
export function markLevel(evidence: EvidenceSentence, enabled: Record<Level, boolean>): Level | null {
  for (const level of LEVELS) {
    if (enabled[level] && evidence.findings.some((finding) => finding.level === level)) return level;
  }
  return null;
}

const ALL_LEVELS: Record<Level, boolean> = { red: true, amber: true, green: true };

/**
 * Every evidence sentence that still maps to the page. `enabled` filters levels;
 * marks for "show in page" use all levels.
 */
export function buildMarks(doc: Document, extraction: Extraction, report: PageReport, enabled: Record<Level, boolean> = ALL_LEVELS): Mark[] {
  const marks: Mark[] = [];
  for (const evidence of report.evidence) {
    const level = markLevel(evidence, enabled);
    if (!level) continue;
    const range = rangeForOffsets(doc, extraction, evidence.start, evidence.end);
    if (range) marks.push({ evidence, level, range });
  }
  return marks;
}
