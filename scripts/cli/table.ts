/** The readable table: one row per input, the three lights and the top reason per light. */
import { CATEGORIES, type Analysis, type Light } from '../../src/classifier/index';
import type { ReasonText } from './reasons';

export interface TableRow {
  source: string;
  analysis: Analysis;
  isPolicy: boolean;
}

const COLOURS: Record<Light, string> = { red: '\x1b[31m', amber: '\x1b[33m', green: '\x1b[32m', unknown: '\x1b[90m' };
const RESET = '\x1b[0m';

function light(value: Light, colour: boolean): string {
  const word = value.padEnd(7);
  return colour ? `${COLOURS[value]}● ${word}${RESET}` : word;
}

function topReason(analysis: Analysis, category: (typeof CATEGORIES)[number], reason: ReasonText): string {
  const index = analysis.evidence[category][0];
  const finding = index === undefined ? undefined : analysis.sentences[index]?.findings.find((f) => f.category === category);
  if (!finding) return '—';
  const text = reason(finding.reasonKey, finding.cue);
  return finding.cue !== '' && !text.includes(finding.cue) ? `${text} ("${finding.cue}")` : text;
}

export function renderTable(rows: readonly TableRow[], reason: ReasonText, colour: boolean): string {
  const width = Math.max(6, ...rows.map((row) => row.source.length));
  const header = `${'source'.padEnd(width)}  lang  ${'policy'.padEnd(8)}  ${CATEGORIES.map((c) => c.padEnd(colour ? 9 : 7)).join('  ')}`;
  const lines = [header];
  for (const { source, analysis, isPolicy } of rows) {
    const lights = CATEGORIES.map((category) => light(analysis.summary[category], colour)).join('  ');
    const policy = `${isPolicy ? 'yes' : 'no'} ${analysis.policyScore.toFixed(2)}`.padEnd(8);
    lines.push(`${source.padEnd(width)}  ${analysis.language.padEnd(4)}  ${policy}  ${lights}`);
    for (const category of CATEGORIES) {
      if (analysis.summary[category] !== 'unknown') {
        lines.push(`${' '.repeat(width)}    ${category}: ${topReason(analysis, category, reason)}`);
      }
    }
    if (!analysis.languageSupported) lines.push(`${' '.repeat(width)}    language not supported: not graded`);
  }
  return lines.join('\n');
}
