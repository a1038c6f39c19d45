/** Reading the labelled corpus (data/**\/*.jsonl) and the seeds' gold files. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, basename } from 'node:path';
import { DocumentContext } from '../../src/classifier/model/list-context';
import { CATEGORIES, type Category, type Level } from '../../src/classifier/types';

export type Labels = Partial<Record<Category, Level>>;

export interface Example {
  text: string;
  lang: 'en' | 'nl';
  labels: Labels;
  source: string;
  doc: string;
  /** The sentence before this one in the same doc, when the file keeps document order. */
  previous?: string;
  leadIn?: string;
}

export interface SeedGold {
  id: string;
  lang: 'en' | 'nl';
  summary: Record<Category, string[]>;
  sentences: { start: number; end: number; text: string; labels: Labels }[];
}

export function listJsonl(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...listJsonl(path));
    else if (name.endsWith('.jsonl')) out.push(path);
  }
  return out;
}

/** Parses rows leniently: rows that fail the schema are skipped here (data:check reports them). */
export function loadCorpus(dir: string): Example[] {
  const out: Example[] = [];
  for (const file of listJsonl(dir)) {
    let previousDoc = '';
    let context = new DocumentContext();
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      let row: unknown;
      try { row = JSON.parse(line); } catch { continue; }
      const ex = toExample(row);
      if (!ex) continue;
      if (ex.doc !== previousDoc) context = new DocumentContext();
      const { previous, leadIn } = context.next(ex.text);
      if (previous !== undefined) ex.previous = previous;
      if (leadIn !== undefined) ex.leadIn = leadIn;
      out.push(ex);
      previousDoc = ex.doc;
    }
  }
  return out;
}

export function toExample(row: unknown): Example | null {
  if (typeof row !== 'object' || row === null) return null;
  const r = row as Record<string, unknown>;
  if (typeof r.text !== 'string' || (r.lang !== 'en' && r.lang !== 'nl')) return null;
  if (typeof r.labels !== 'object' || r.labels === null) return null;
  const labels: Labels = {};
  for (const [k, v] of Object.entries(r.labels as Record<string, unknown>)) {
    if (!(CATEGORIES as readonly string[]).includes(k)) return null;
    if (v !== 'red' && v !== 'amber' && v !== 'green') return null;
    labels[k as Category] = v;
  }
  const source = typeof r.source === 'string' ? r.source : 'unknown';
  const doc = typeof r.doc === 'string' ? r.doc : source;
  return { text: r.text, lang: r.lang, labels, source, doc };
}

export function loadSeedsGold(dir: string): SeedGold[] {
  return readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => {
    const raw = JSON.parse(readFileSync(join(dir, f), 'utf8')) as Omit<SeedGold, 'id'>;
    return { ...raw, id: basename(f, '.json') };
  });
}
