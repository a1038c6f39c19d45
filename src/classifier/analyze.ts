/**
 * The pipeline: normalise → segment → identify language per block → score each unit and
 * decide it beside its neighbours (model/neighbours.ts) → summarise, plus the policy-likeness
 * score. Pure: no DOM, no extension APIs.
 */
import { classifyDocument } from './model';
import { DocumentContext } from './model/list-context';
import { scorePolicy } from './policy/score';
import { summarize } from './summary';
import { blockLanguages, dominantLanguage, identifyLanguage } from './text/language';
import { normalizeText, toOriginalSpan } from './text/normalize';
import { segment } from './text/segment';
import { ruleSentenceEnds } from './text/rule-ends';
import { DEFAULT_MAX_CHARS, SUPPORTED_LANGS, type Analysis, type AnalyzeInput, type Lang, type Sentence } from './types';

/** Cuts at `maxChars` without splitting a surrogate pair. */
function analysedPart(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  let cut = Math.max(0, Math.floor(maxChars));
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut--;
  return text.slice(0, cut);
}

export function analyze(input: AnalyzeInput): Analysis {
  const started = performance.now();
  const text = analysedPart(input.text, input.maxChars ?? DEFAULT_MAX_CHARS);
  const norm = normalizeText(text);
  // Rule-based candidate ends, not wink-nlp's: wink's English model is 84 % of the
  // worker's cold start (BENCHMARKS.md) and gives the same units on our texts, which
  // tests/classifier/text/segment-agreement.test.ts keeps true.
  const { units, groups } = segment(norm.text, ruleSentenceEnds);

  const groupLangs = blockLanguages(groups.map((group) => norm.text.slice(group.start, group.end)));
  let language = dominantLanguage(groups.map((group, i) => ({ lang: groupLangs[i] ?? 'unknown', chars: group.end - group.start })));
  if (language === 'unknown') language = identifyLanguage(norm.text, 400).lang;
  const languageSupported = SUPPORTED_LANGS.includes(language);
  const classify = languageSupported;

  const policy = scorePolicy({
    text: norm.text,
    headings: units.filter((unit) => unit.kind === 'heading').map((unit) => norm.text.slice(unit.start, unit.end)),
    ...(input.url !== undefined ? { url: input.url } : {}),
    ...(input.title !== undefined ? { title: input.title } : {}),
  });
  const grade = classify && (policy.isPolicy || input.onlyIfPolicy !== true);

  const contexts = new DocumentContext();
  const placed = units.map((unit) => {
    const [start, end] = toOriginalSpan(norm, unit.start, unit.end);
    const blockLang = groupLangs[unit.group] ?? 'unknown';
    const lang: Lang = blockLang === 'unknown' ? language : blockLang;
    const unitText = norm.text.slice(unit.start, unit.end);
    return { start, end, kind: unit.kind, lang, unit: { text: unitText, lang: grade && SUPPORTED_LANGS.includes(lang) ? lang : null, context: contexts.next(unitText) } };
  });
  const findings = grade ? classifyDocument(placed.map((p) => p.unit)) : [];
  const sentences: Sentence[] = placed.map((p, i) => ({ start: p.start, end: p.end, text: text.slice(p.start, p.end), kind: p.kind, lang: p.lang, findings: findings[i] ?? [] }));

  const { summary, evidence } = summarize(sentences);
  return {
    language,
    languageSupported,
    isPolicy: policy.isPolicy,
    policyScore: policy.score,
    summary,
    evidence,
    sentences,
    truncated: text.length < input.text.length,
    analyzedChars: text.length,
    totalChars: input.text.length,
    ms: performance.now() - started,
  };
}
