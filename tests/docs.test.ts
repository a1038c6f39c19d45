import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');
const SHARED = join(ROOT, '..', 'shared', 'TAXONOMY.md');

describe('docs/TAXONOMY.md', () => {
  // The contract lives in ../shared; the repository carries a copy for readers of the README.
  (existsSync(SHARED) ? it : it.skip)('is the same text as the shared contract', () => {
    expect(readFileSync(join(ROOT, 'docs', 'TAXONOMY.md'), 'utf8')).toBe(readFileSync(SHARED, 'utf8'));
  });
});
