/** The `--json` contract of issue 3: one object per analysed input. */
import { CATEGORIES, type Analysis, type Category, type Level, type Light } from '../../src/classifier/index';
import type { ReasonText } from './reasons';

export interface JsonFinding {
  category: Category;
  level: Level;
  score: number;
  reason: string;
  reasonKey: string;
  cue: string;
}

export interface JsonResult {
  source: string;
  language: Analysis['language'];
  languageSupported: boolean;
  isPolicy: boolean;
  policyScore: number;
  summary: Record<Category, Light>;
  sentences: Array<{ start: number; end: number; text: string; kind: string; lang: string; findings: JsonFinding[] }>;
  truncated: boolean;
  /** The extracted text the offsets point into, for `.html` inputs only. */
  text?: string;
  ms: number;
}

export function toJson(source: string, analysis: Analysis, reason: ReasonText, options: { isPolicy: boolean; truncated?: boolean; text?: string }): JsonResult {
  const summary = {} as Record<Category, Light>;
  for (const category of CATEGORIES) summary[category] = analysis.summary[category];
  return {
    source,
    language: analysis.language,
    languageSupported: analysis.languageSupported,
    isPolicy: options.isPolicy,
    policyScore: analysis.policyScore,
    summary,
    sentences: analysis.sentences.map((sentence) => ({
      start: sentence.start,
      end: sentence.end,
      text: sentence.text,
      kind: sentence.kind,
      lang: sentence.lang,
      findings: sentence.findings.map((finding) => ({
        category: finding.category,
        level: finding.level,
        score: finding.score,
        reason: reason(finding.reasonKey, finding.cue),
        reasonKey: finding.reasonKey,
        cue: finding.cue,
      })),
    })),
    truncated: options.truncated ?? analysis.truncated,
    ...(options.text !== undefined ? { text: options.text } : {}),
    ms: Math.round(analysis.ms * 10) / 10,
  };
}
