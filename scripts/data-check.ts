/**
 * `npm run data:check`: validates every data/**\/*.jsonl line, prints counts per language ×
 * category × level, checks the issue's minimums and lists duplicates between CV folds.
 * Exits 1 on schema errors or failed minimums.
 */
import { readFileSync } from 'node:fs';
import { CATEGORIES, LEVELS } from '../src/classifier/types';
import { listJsonl, loadCorpus } from './model/dataset';
import { checkMinimums, countStats, crossFoldDuplicates, validateRow } from './model/data-check-core';
import { foldsByDoc } from './model/cv';

const DATA_DIR = process.argv[2] ?? 'data';
let schemaErrors = 0;
for (const file of listJsonl(DATA_DIR)) {
  readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let errors: string[];
    try { errors = validateRow(JSON.parse(line)); } catch { errors = ['invalid JSON']; }
    for (const e of errors) {
      schemaErrors++;
      if (schemaErrors <= 30) console.log(`${file}:${i + 1}: ${e}`);
    }
  });
}

const rows = loadCorpus(DATA_DIR);
const stats = countStats(rows);
console.log(`${stats.total} sentences: ${Object.entries(stats.byLang).map(([l, n]) => `${l} ${n} (${((n / stats.total) * 100).toFixed(1)} %)`).join(', ')}; ${stats.negatives} negatives`);
console.log('category  level   en     nl    all');
for (const c of CATEGORIES) {
  for (const l of LEVELS) {
    const cell = (lang: string) => String(stats.cells[`${lang}.${c}.${l}`] ?? 0).padStart(5);
    console.log(`${c.padEnd(9)} ${l.padEnd(5)} ${cell('en')}  ${cell('nl')}  ${cell('all')}`);
  }
}

const folds = foldsByDoc(rows.map((r) => r.doc), 5);
const dups = crossFoldDuplicates(rows.map((r) => r.text), rows.map((r) => folds.get(r.doc) ?? 0));
const exact = dups.filter((d) => d.kind === 'exact').length;
// Headings ("Your rights") repeat across documents by nature; long repeats are what leak.
const long = dups.filter((d) => (rows[d.b]?.text.split(/\s+/).length ?? 0) >= 6);
console.log(`duplicates across CV folds: ${exact} exact, ${dups.length - exact} near (token Jaccard ≥ 0.9); ${long.length} of them with ≥ 6 words`);
for (const d of long.slice(0, 10)) console.log(`  ${d.kind} ${d.similarity}: ${rows[d.a]?.doc} / ${rows[d.b]?.doc}: ${rows[d.b]?.text.slice(0, 90)}`);

const failures = checkMinimums(stats);
for (const f of failures) console.log(`MINIMUM NOT MET: ${f}`);
if (schemaErrors) console.log(`${schemaErrors} schema errors`);
process.exitCode = schemaErrors || failures.length ? 1 : 0;
