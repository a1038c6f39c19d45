/** The texts every Node measurement runs on: the seeds, and longer policies made from them. */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';

export interface BenchText {
  name: string;
  text: string;
}

export function loadSeeds(seedDir: string): BenchText[] {
  return readdirSync(seedDir)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => ({ name: `seed ${basename(file, '.txt')}`, text: readFileSync(join(seedDir, file), 'utf8') }));
}

/** The seeds concatenated (repeated as needed) and cut at the last paragraph break before `chars`. */
export function concatenated(seeds: readonly BenchText[], chars: number): string {
  if (seeds.length === 0) throw new Error('no seeds to concatenate');
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < chars; i++) {
    const part = (seeds[i % seeds.length]?.text ?? '').trim();
    parts.push(part);
    length += part.length + 2;
  }
  const joined = parts.join('\n\n');
  const cut = joined.lastIndexOf('\n\n', chars);
  return joined.slice(0, cut > chars / 2 ? cut : chars);
}

export function benchTexts(seedDir: string): BenchText[] {
  const seeds = loadSeeds(seedDir);
  return [
    ...seeds,
    { name: '100 KB (seeds concatenated)', text: concatenated(seeds, 100_000) },
    { name: '200 KB (seeds concatenated)', text: concatenated(seeds, 200_000) },
  ];
}
