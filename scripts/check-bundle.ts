/**
 * `npm run check:bundle` (part of `npm test`, right after both builds): what we ship
 * must not be able to talk to the network or run code it did not ship with.
 *
 * 1. Lists every URL-looking string in dist/ and dist-firefox/ and fails on any remote
 *    URL that is not on the allow-list below (each entry says why it is harmless).
 * 2. Fails on network APIs (fetch, XMLHttpRequest, WebSocket, …), string-to-code
 *    (eval, new Function) and HTML sinks (innerHTML, …) anywhere in the bundles, except
 *    preact's own dangerouslySetInnerHTML path, which our code never takes (checked in src/).
 * 3. Runs `web-ext lint` on dist-firefox: 0 errors, and no warnings but the one in
 *    preact's runtime (the same innerHTML, recognised by its code, not by file name).
 *
 * The e2e tier is the backstop for what a text scan cannot see (a URL assembled at run
 * time): tests/e2e/trust-*.test.ts record every request. See SECURITY.md.
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, relative, extname } from 'node:path';
import { spawnSync } from 'node:child_process';

export interface AllowedUrl {
  url: string;
  /** Which bundle files may contain it (path relative to the build directory). */
  files: RegExp;
  why: string;
}

export const ALLOWED_URLS: readonly AllowedUrl[] = [
  // The content-script match patterns: the manifest's, not a request.
  { url: 'http://*/*', files: /^manifest\.json$/, why: 'content_scripts.matches pattern' },
  { url: 'https://*/*', files: /^manifest\.json$/, why: 'content_scripts.matches pattern' },
  // XML namespace names preact passes to createElementNS: identifiers, never fetched.
  { url: 'http://www.w3.org/2000/svg', files: /\.js$/, why: 'preact: SVG namespace name' },
  { url: 'http://www.w3.org/1998/Math/MathML', files: /\.js$/, why: 'preact: MathML namespace name' },
  { url: 'http://www.w3.org/1999/xhtml', files: /\.js$/, why: 'preact: XHTML namespace name' },
  // A documentation link inside wink-eng-lite-web-model's error text (read-core-model.js).
  { url: 'https://developer.mozilla.org/en-US/docs/Web/API/atob#browser_compatibility', files: /\.js$/, why: 'wink model: documentation link in an error message' },
  // src/background/restricted.ts: store pages no extension may script. Tab URLs are
  // compared with these prefixes to show the "restricted" state; nothing requests them.
  { url: 'https://chrome.google.com/webstore', files: /\.js$/, why: 'restricted.ts: compared with tab URLs' },
  { url: 'https://chromewebstore.google.com', files: /\.js$/, why: 'restricted.ts: compared with tab URLs' },
  { url: 'https://microsoftedge.microsoft.com/addons', files: /\.js$/, why: 'restricted.ts: compared with tab URLs' },
  { url: 'https://addons.mozilla.org', files: /\.js$/, why: 'restricted.ts: compared with tab URLs' },
  { url: 'https://addons.opera.com', files: /\.js$/, why: 'restricted.ts: compared with tab URLs' },
];

/** Code that reaches the network or turns strings into code: none of it may ship. */
export const FORBIDDEN_CODE: readonly { name: string; pattern: RegExp }[] = [
  { name: 'fetch(', pattern: /(?<![\w$])fetch\s*\(/g },
  { name: 'XMLHttpRequest', pattern: /\bXMLHttpRequest\b/g },
  { name: 'WebSocket', pattern: /\bWebSocket\b/g },
  { name: 'EventSource', pattern: /\bEventSource\b/g },
  { name: 'sendBeacon', pattern: /\bsendBeacon\b/g },
  { name: 'RTCPeerConnection', pattern: /\bRTCPeerConnection\b/g },
  { name: 'importScripts', pattern: /\bimportScripts\b/g },
  { name: 'eval(', pattern: /(?<![\w$.])eval\s*\(/g },
  { name: 'new Function', pattern: /\bnew\s+Function\s*\(/g },
  { name: 'document.write', pattern: /\bdocument\.write(?:ln)?\s*\(/g },
  { name: 'insertAdjacentHTML', pattern: /\binsertAdjacentHTML\b/g },
  { name: 'outerHTML=', pattern: /\.outerHTML\s*=(?!=)/g },
  { name: 'innerHTML=', pattern: /\.innerHTML\s*=(?!=)/g },
];

/**
 * preact's diff sets `dom.innerHTML = props.dangerouslySetInnerHTML.__html`; minified it
 * reads `(e.innerHTML=f.__html)`. Only an assignment whose right side is a `.__html` is
 * that path; `checkSourceFree` makes sure nothing in src/ ever sets the prop.
 */
const PREACT_INNER_HTML = /\.innerHTML\s*=\s*[\w$]+\.__html\b/y;

const URL_PATTERN = /\b(?:https?|wss?|ftp):\/\/[^\s"'`<>()\\,;{}[\]]+|["'`]\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)+[^\s"'`<>]*/gi;
const TEXT_FILES = new Set(['.js', '.mjs', '.html', '.css', '.json', '.txt', '.svg']);

export interface Problem {
  file: string;
  what: string;
  context: string;
}

export interface FileScan {
  urls: string[];
  problems: Problem[];
}

const around = (text: string, index: number, length: number): string =>
  text.slice(Math.max(0, index - 60), index + length + 60).replace(/\s+/g, ' ');

export function isAllowedUrl(url: string, file: string): boolean {
  return ALLOWED_URLS.some((entry) => entry.url === url && entry.files.test(file));
}

/** One bundle file's text: its URLs, and everything in it that breaks the rules. */
export function scanText(file: string, text: string): FileScan {
  const urls: string[] = [];
  const problems: Problem[] = [];
  for (const match of text.matchAll(URL_PATTERN)) {
    const url = match[0].replace(/^["'`]/, '').replace(/[.:]+$/, '');
    urls.push(url);
    if (!isAllowedUrl(url, file)) problems.push({ file, what: `remote URL ${url}`, context: around(text, match.index, match[0].length) });
  }
  for (const { name, pattern } of FORBIDDEN_CODE) {
    for (const match of text.matchAll(pattern)) {
      if (name === 'innerHTML=') {
        PREACT_INNER_HTML.lastIndex = match.index;
        if (PREACT_INNER_HTML.test(text)) continue;
      }
      problems.push({ file, what: name, context: around(text, match.index, match[0].length) });
    }
  }
  return { urls, problems };
}

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

export interface BundleReport {
  files: number;
  urls: Map<string, Set<string>>;
  problems: Problem[];
}

/** Every text file of one build directory. */
export function scanBuild(dir: string): BundleReport {
  const report: BundleReport = { files: 0, urls: new Map(), problems: [] };
  if (!existsSync(join(dir, 'manifest.json'))) {
    report.problems.push({ file: dir, what: 'no build here (manifest.json missing)', context: '' });
    return report;
  }
  for (const path of listFiles(dir)) {
    if (!TEXT_FILES.has(extname(path))) continue;
    const file = relative(dir, path).split('\\').join('/');
    const scan = scanText(file, readFileSync(path, 'utf8'));
    report.files++;
    report.problems.push(...scan.problems);
    for (const url of scan.urls) report.urls.set(url, (report.urls.get(url) ?? new Set()).add(file));
  }
  return report;
}

/** The preact innerHTML path stays dead only while no component of ours sets the prop. */
export function checkSourceFree(srcDir: string): Problem[] {
  return listFiles(srcDir)
    .filter((path) => /\.(ts|tsx)$/.test(path))
    .flatMap((path) => {
      const text = readFileSync(path, 'utf8');
      const index = text.indexOf('dangerouslySetInnerHTML');
      return index < 0 ? [] : [{ file: path, what: 'dangerouslySetInnerHTML in our own code', context: around(text, index, 23) }];
    });
}

export interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

export interface LintResult {
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

/** A web-ext lint warning we accept: preact's innerHTML, recognised by the code at its position. */
export function isKnownPreactWarning(message: LintMessage, fileText: (file: string) => string | null): boolean {
  if (message.code !== 'UNSAFE_VAR_ASSIGNMENT' || !message.file || message.line === undefined || message.column === undefined) return false;
  const text = fileText(message.file);
  if (text === null) return false;
  const line = text.split('\n')[message.line - 1] ?? '';
  // The linter points at the assignment expression; preact's sits within a few characters.
  const window = line.slice(Math.max(0, message.column - 40), message.column + 80);
  return /\.innerHTML\s*=\s*[\w$]+\.__html\b/.test(window);
}

/** `web-ext lint` on a Firefox build; null when the linter could not run or answered nonsense. */
export function runWebExtLint(dir: string): LintResult | null {
  const bin = join(process.cwd(), 'node_modules', '.bin', process.platform === 'win32' ? 'web-ext.cmd' : 'web-ext');
  const run = spawnSync(bin, ['lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'], { encoding: 'utf8', maxBuffer: 32 * 1024 * 1024 });
  const start = run.stdout?.indexOf('{') ?? -1;
  if (start < 0) return null;
  try {
    const parsed = JSON.parse(run.stdout.slice(start)) as Partial<LintResult>;
    return { errors: parsed.errors ?? [], warnings: parsed.warnings ?? [], notices: parsed.notices ?? [] };
  } catch {
    return null;
  }
}

function main(): number {
  const dirs = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
  const builds = dirs.length > 0 ? dirs : ['dist', 'dist-firefox'];
  const problems: Problem[] = checkSourceFree('src');
  for (const dir of builds) {
    const report = scanBuild(dir);
    console.log(`${dir}: ${report.files} text files, ${report.urls.size} distinct URL-looking strings`);
    for (const [url, files] of [...report.urls].sort(([a], [b]) => a.localeCompare(b))) {
      console.log(`  ${isAllowedUrl(url, [...files][0] ?? '') ? 'allowed' : 'REMOTE '} ${url}  (${[...files].join(', ')})`);
    }
    problems.push(...report.problems);
  }
  const firefox = builds.find((dir) => dir.includes('firefox'));
  if (firefox && !process.argv.includes('--no-lint')) {
    const lint = runWebExtLint(firefox);
    if (lint === null) problems.push({ file: firefox, what: 'web-ext lint did not run', context: '' });
    else {
      const read = (file: string) => (existsSync(join(firefox, file)) ? readFileSync(join(firefox, file), 'utf8') : null);
      const ours = lint.warnings.filter((warning) => !isKnownPreactWarning(warning, read));
      console.log(`web-ext lint ${firefox}: ${lint.errors.length} errors, ${lint.warnings.length} warnings (${lint.warnings.length - ours.length} known in preact), ${lint.notices.length} notices`);
      for (const m of [...lint.errors, ...ours]) problems.push({ file: `${firefox}/${m.file ?? ''}`, what: `web-ext lint ${m.code}: ${m.message}`, context: `line ${m.line ?? '?'} col ${m.column ?? '?'}` });
      for (const m of lint.notices) console.log(`  notice ${m.code}: ${m.message} (${m.file ?? ''})`);
    }
  }
  for (const p of problems) console.error(`✗ ${p.file}: ${p.what}${p.context ? `\n    …${p.context}…` : ''}`);
  console.log(problems.length === 0 ? 'bundle check: ok' : `bundle check: ${problems.length} problem(s)`);
  return problems.length === 0 ? 0 : 1;
}

// Run only as a script (tsx scripts/check-bundle.ts), not when a test imports the functions.
if (/check-bundle\.ts$/.test(process.argv[1] ?? '')) process.exitCode = main();
