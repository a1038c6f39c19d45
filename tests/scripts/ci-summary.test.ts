import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SCRIPT = join(__dirname, '..', '..', 'scripts', 'ci-summary.mjs');

function summarise(files: Record<string, string>, status = 0): string {
  const dir = mkdtempSync(join(tmpdir(), 'ci-summary-'));
  mkdirSync(join(dir, '.results'));
  for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, '.results', name), body);
  return execFileSync('node', [SCRIPT, String(status)], { cwd: dir, encoding: 'utf8' }).trim();
}

describe('ci-summary', () => {
  it('adds jest and node:test counts into one line', () => {
    const jest = JSON.stringify({ numPassedTests: 40, numFailedTests: 2, numRuntimeErrorTestSuites: 1 });
    const junit = '<testsuites><testcase name="a"/><testcase name="b"><failure message="x"/></testcase><testcase name="c"></testcase></testsuites>';
    expect(summarise({ 'jest.json': jest, 'e2e.xml': junit })).toBe('42 passed, 4 failed');
  });

  it('counts a failed stage with no report as a failure', () => {
    expect(summarise({}, 2)).toBe('0 passed, 1 failed');
  });

  it('does not count skipped browser tests as passed', () => {
    const junit = '<testsuites><testcase name="a"><skipped/></testcase><testcase name="b"/></testsuites>';
    expect(summarise({ 'e2e.xml': junit })).toBe('1 passed, 0 failed');
  });
});
