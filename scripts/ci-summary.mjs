// Prints one line `N passed, N failed` over every suite `npm test` ran:
// jest's JSON report and node:test's JUnit report under .results/.
import { existsSync, readFileSync } from 'node:fs';

const status = Number(process.argv[2] ?? 0);
let passed = 0;
let failed = 0;

if (existsSync('.results/jest.json')) {
  const jest = JSON.parse(readFileSync('.results/jest.json', 'utf8'));
  passed += jest.numPassedTests;
  failed += jest.numFailedTests + (jest.numRuntimeErrorTestSuites ?? 0);
}
if (existsSync('.results/e2e.xml')) {
  const xml = readFileSync('.results/e2e.xml', 'utf8');
  for (const [, body] of xml.matchAll(/<testcase\b[^>]*?(?:\/>|>([\s\S]*?)<\/testcase>)/g)) {
    if (body && /<(failure|error)\b/.test(body)) failed += 1;
    else if (!body || !/<skipped\b/.test(body)) passed += 1;
  }
}
// A stage that failed before its runner reported (typecheck, lint, build) is a failure too.
if (status !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
