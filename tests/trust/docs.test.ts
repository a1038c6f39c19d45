/**
 * The trust documents stay true: every permission in the manifest has its section in
 * PERMISSIONS.md, and every file and test SECURITY.md cites exists under that name.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const manifest = JSON.parse(read('manifest.json'));
const permissionsDoc = read('PERMISSIONS.md');
const securityDoc = read('SECURITY.md');

/** Short names SECURITY.md uses for the browser-tier files. */
const SHORT: Record<string, string> = {
  'trust-hostile': 'tests/e2e/trust-hostile.test.ts',
  'trust-input': 'tests/e2e/trust-input.test.ts',
  'trust-recovery': 'tests/e2e/trust-recovery.test.ts',
};

describe('PERMISSIONS.md', () => {
  it.each([...(manifest.permissions as string[]), ...((manifest.optional_permissions as string[] | undefined) ?? [])])('has a section for %s', (permission) => {
    expect(permissionsDoc).toContain(`## \`${permission}\``);
  });

  it('explains the content-script match patterns it ships with', () => {
    for (const pattern of manifest.content_scripts[0].matches as string[]) expect(permissionsDoc).toContain(`"${pattern}"`);
  });
});

describe('SECURITY.md', () => {
  const paths = [...new Set([...securityDoc.matchAll(/`((?:tests|src|scripts)\/[\w./-]+\.(?:ts|tsx|html))/g)].map((m) => m[1]!))];
  it.each(paths)('cites %s, which exists', (path) => {
    expect(existsSync(join(ROOT, path))).toBe(true);
  });

  // "`file › test name`"; a trailing "…" abbreviates, and "`› name`" continues the previous file.
  const citations: [string, string][] = [];
  let lastFile = '';
  for (const match of securityDoc.matchAll(/`([\w./-]*) ?› ([^`]+)`/g)) {
    const file = match[1] ? (SHORT[match[1]] ?? match[1]) : lastFile;
    lastFile = file;
    if (file === 'file') continue;
    citations.push([file, match[2]!.replace(/…$/, '').replace(/: $/, ':').trim()]);
  }

  it('cites tests by name', () => expect(citations.length).toBeGreaterThan(20));

  it.each(citations)('%s has a test named "%s"', (file, name) => {
    expect(existsSync(join(ROOT, file))).toBe(true);
    const source = read(file).replace(/\\'/g, "'");
    expect(source).toContain(name);
  });
});
