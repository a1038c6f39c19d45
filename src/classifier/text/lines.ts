/**
 * Line structure of a text: the part of segmentation wink-nlp cannot see. Headings
 * and list items are units of their own, blank lines end everything, and a hard-wrapped
 * paragraph (next line starting in lower case) is joined back into one run.
 */

export type GroupKind = 'heading' | 'item' | 'text';

/** A run of lines read as one piece of text; `start`/`end` exclude surrounding spaces. */
export interface LineGroup {
  start: number;
  end: number;
  kind: GroupKind;
  /** End of a list marker (`•`, `1.`, `a)`) at the start; cuts before it are ignored. */
  markerEnd: number;
}

interface Line {
  start: number;
  end: number;
  markerEnd: number;
}

const BULLET = /^(?:[•►▶→➤✓]|[*+\-–—](?=\s))\s*/u;
const NUMBERED = /^(?:\(?\d{1,2}(?:\.\d{1,2})*[.)]|\d{1,2}(?:\.\d{1,2})+|\([a-z]\)|[a-z]\)|\([ivx]{1,4}\)|[ivx]{1,4}\))(?=\s)\s*/u;
const TERMINAL = /[.!?:;,]["')\]]*$/u;
const STARTS_LOWER = /^[\p{Ll}]/u;
const MAX_HEADING_CHARS = 120;
const MAX_HEADING_WORDS = 15;

function readLines(text: string): Line[] {
  const lines: Line[] = [];
  let from = 0;
  while (from <= text.length) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    let start = from;
    let end = to;
    while (start < end && /\s/u.test(text[start] ?? '')) start++;
    while (end > start && /\s/u.test(text[end - 1] ?? '')) end--;
    let markerEnd = start;
    if (end > start) {
      const head = text.slice(start, Math.min(end, start + 16));
      const marker = BULLET.exec(head) ?? NUMBERED.exec(head);
      if (marker) markerEnd = start + marker[0].length;
    }
    lines.push({ start, end, markerEnd });
    from = to + 1;
  }
  return lines;
}

function looksLikeHeading(text: string, line: Line): boolean {
  const body = text.slice(line.markerEnd, line.end);
  if (body.length === 0 || line.end - line.start > MAX_HEADING_CHARS) return false;
  if (TERMINAL.test(body) || STARTS_LOWER.test(body)) return false;
  return body.split(/\s+/u).length <= MAX_HEADING_WORDS;
}

function isBulleted(text: string, line: Line): boolean {
  return line.markerEnd > line.start && BULLET.test(text.slice(line.start, line.markerEnd));
}

/** Groups the lines of `text` into headings, list items and paragraph runs. */
export function groupLines(text: string): LineGroup[] {
  const lines = readLines(text);
  const groups: LineGroup[] = [];
  let current: LineGroup | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === undefined) continue;
    if (line.end === line.start) {
      current = null;
      continue;
    }
    const hasMarker = line.markerEnd > line.start;
    const previousText = current ? text.slice(current.start, current.end) : '';
    const continues =
      current !== null &&
      current.kind !== 'heading' &&
      !hasMarker &&
      STARTS_LOWER.test(text.slice(line.start, line.start + 1)) &&
      !/[.!?:]["')\]]*$/u.test(previousText);
    if (continues && current) {
      current.end = line.end;
      continue;
    }
    const next = lines[i + 1];
    const nextContinues =
      next !== undefined && next.end > next.start && next.markerEnd === next.start &&
      STARTS_LOWER.test(text.slice(next.start, next.start + 1));
    let kind: GroupKind = 'text';
    if (!isBulleted(text, line) && !nextContinues && looksLikeHeading(text, line)) kind = 'heading';
    else if (hasMarker) kind = 'item';
    current = { start: line.start, end: line.end, kind, markerEnd: line.markerEnd };
    groups.push(current);
  }
  return groups;
}
