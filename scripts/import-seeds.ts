/** Copies the seeds' gold sentences into data/seeds.jsonl (unlabelled sentences are negatives). */
import { writeFileSync } from 'node:fs';
import { loadSeedsGold } from './model/dataset';

const GOLD_DIR = process.argv[2] ?? '/work/shared/seeds-gold';
const OUT = process.argv[3] ?? 'data/seeds.jsonl';

const lines: string[] = [];
for (const seed of loadSeedsGold(GOLD_DIR)) {
  const id = `seed:${seed.id}`;
  for (const s of seed.sentences) {
    lines.push(JSON.stringify({ text: s.text, lang: seed.lang, labels: s.labels, source: id, doc: id }));
  }
}
writeFileSync(OUT, lines.join('\n') + '\n');
console.log(`wrote ${lines.length} sentences to ${OUT}`);
