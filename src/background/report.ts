/** From the engine's Analysis to the PageReport the popup shows, with reasons in the user's language. */
import { CATEGORIES, type Analysis, type Category, type Finding } from '../classifier/types';
import { hasMessage, t, type UiLang } from '../shared/i18n';
import type { AnalyzeTrigger, EvidenceSentence, FindingView, PageReport, PageText } from '../shared/messages';

/** Per category, the evidence kept: enough to read, bounded so 50 cached reports fit storage.session. */
export const MAX_EVIDENCE_PER_CATEGORY = 50;
/** A 200,000-character "sentence" is shown cut; "Show in page" still finds all of it by offsets. */
export const MAX_EVIDENCE_TEXT = 1_000;

export function reasonText(finding: Pick<Finding, 'reasonKey' | 'cue' | 'category' | 'level'>, lang: UiLang): string {
  if (hasMessage(finding.reasonKey)) return t(finding.reasonKey, lang, finding.cue);
  return t('popup_reason_generic', lang, t(`category_${finding.category}`, lang), t(`level_${finding.level}`, lang));
}

function findingView(finding: Finding, lang: UiLang): FindingView {
  const { category, level, score, reasonKey, cue } = finding;
  return { category, level, score, reasonKey, cue, reason: reasonText(finding, lang) };
}

function clip(text: string): string {
  return text.length <= MAX_EVIDENCE_TEXT ? text : `${text.slice(0, MAX_EVIDENCE_TEXT - 1)}…`;
}

export interface ReportInput {
  analysis: Analysis;
  page: PageText;
  trigger: AnalyzeTrigger;
  textHash: string;
  lang: UiLang;
  now: number;
}

export function buildPageReport({ analysis, page, trigger, textHash, lang, now }: ReportInput): PageReport {
  const ranking = {} as Record<Category, number[]>;
  const kept = new Set<number>();
  for (const category of CATEGORIES) {
    const indices = (analysis.evidence[category] ?? [])
      .filter((i) => analysis.sentences[i]?.findings.some((f) => f.category === category))
      .slice(0, MAX_EVIDENCE_PER_CATEGORY);
    ranking[category] = indices;
    for (const i of indices) kept.add(i);
  }
  const evidence: EvidenceSentence[] = [...kept]
    .sort((a, b) => a - b)
    .flatMap((index) => {
      const sentence = analysis.sentences[index];
      if (!sentence) return [];
      return [{ index, start: sentence.start, end: sentence.end, text: clip(sentence.text), findings: sentence.findings.map((f) => findingView(f, lang)) }];
    });
  return {
    url: page.url,
    title: page.title,
    analyzedAt: now,
    textHash,
    language: analysis.language,
    languageSupported: analysis.languageSupported,
    isPolicy: analysis.isPolicy,
    policyScore: analysis.policyScore,
    trigger,
    summary: { ...analysis.summary },
    evidence,
    ranking,
    analyzedChars: analysis.analyzedChars,
    // The page may have been cut by the content script before the engine cut it again.
    totalChars: Math.max(page.totalChars, analysis.totalChars),
    truncated: page.truncated || analysis.truncated,
    ms: analysis.ms,
  };
}

/** Reasons are stored localized; a language switch re-renders them from the keys. */
export function relocalize(report: PageReport, lang: UiLang): PageReport {
  return {
    ...report,
    evidence: report.evidence.map((s) => ({ ...s, findings: s.findings.map((f) => ({ ...f, reason: reasonText(f, lang) })) })),
  };
}
