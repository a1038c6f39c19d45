/**
 * The bundle check must catch what it promises to catch: each rule is shown failing on a
 * small made-up bundle, and the allow-list is shown to be exact (file and URL).
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkSourceFree, isKnownPreactWarning, scanBuild, scanText } from '../../scripts/check-bundle';

const whats = (file: string, text: string) => scanText(file, text).problems.map((p) => p.what);

describe('scanText', () => {
  it('lists every URL and fails on a remote one', () => {
    const scan = scanText('assets/a.js', 'const u=`https://tracker.example/collect?id=1`;const v="wss://live.example/s"');
    expect(scan.urls).toEqual(['https://tracker.example/collect?id=1', 'wss://live.example/s']);
    expect(scan.problems.map((p) => p.what)).toEqual(['remote URL https://tracker.example/collect?id=1', 'remote URL wss://live.example/s']);
  });

  it('sees protocol-relative URLs too', () => {
    expect(whats('assets/a.js', 'img.src="//cdn.example.com/p.gif"')).toEqual(['remote URL //cdn.example.com/p.gif']);
  });

  it('allows a listed URL only in the files it is listed for', () => {
    expect(whats('manifest.json', '{"matches":["http://*/*","https://*/*"]}')).toEqual([]);
    expect(whats('assets/a.js', 'x="https://*/*"')).toEqual(['remote URL https://*/*']);
    expect(whats('assets/a.js', 'createElementNS("http://www.w3.org/2000/svg",t)')).toEqual([]);
  });

  it('an allowed URL with anything added is not allowed', () => {
    expect(whats('assets/a.js', 'x="https://addons.mozilla.org.evil.example/"')).toHaveLength(1);
    expect(whats('assets/a.js', 'x="http://www.w3.org/2000/svg/../track"')).toHaveLength(1);
  });

  it.each([
    ['fetch(', 'async function f(){await fetch(u)}'],
    ['fetch(', 'globalThis.fetch (u)'],
    ['XMLHttpRequest', 'new XMLHttpRequest'],
    ['WebSocket', 'new WebSocket(u)'],
    ['EventSource', 'new EventSource(u)'],
    ['sendBeacon', 'navigator.sendBeacon(u,d)'],
    ['RTCPeerConnection', 'new RTCPeerConnection'],
    ['importScripts', 'importScripts(u)'],
    ['eval(', 'eval(code)'],
    ['new Function', 'new Function("return 1")'],
    ['document.write', 'document.write(x)'],
    ['insertAdjacentHTML', 'el.insertAdjacentHTML("beforeend",x)'],
    ['outerHTML=', 'el.outerHTML=x'],
    ['innerHTML=', 'el.innerHTML=x'],
    ['innerHTML=', 'el.innerHTML = props.html'],
  ])('fails on %s', (name, code) => {
    expect(whats('assets/a.js', code)).toContain(name);
  });

  it('does not mistake look-alikes for the real thing', () => {
    expect(whats('assets/a.js', 'prefetch(x);retrieval(y);a.innerHTML==b;myeval(z);const isWebSocketish=1')).toEqual([]);
  });

  it("accepts preact's dangerouslySetInnerHTML assignment and nothing else that looks like it", () => {
    expect(whats('assets/jsx.js', 'f?(c||m&&(f.__html==m.__html||f.__html==e.innerHTML)||(e.innerHTML=f.__html),n.__k=[])')).toEqual([]);
    expect(whats('assets/jsx.js', 'e.innerHTML=f.__htmlx')).toEqual(['innerHTML=']);
    expect(whats('assets/jsx.js', 'e.innerHTML=location.hash')).toEqual(['innerHTML=']);
  });
});

describe('scanBuild and checkSourceFree', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'check-bundle-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('says so when there is no build', () => {
    expect(scanBuild(join(dir, 'nothing')).problems[0]?.what).toMatch(/no build/);
  });

  it('walks nested files, skips images, and names the file of each problem', () => {
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'manifest.json'), '{"matches":["https://*/*"]}');
    writeFileSync(join(dir, 'assets', 'ok.js'), 'export const a=1');
    writeFileSync(join(dir, 'assets', 'bad.js'), 'fetch("https://x.example/")');
    writeFileSync(join(dir, 'icon.png'), 'https://ignored.example/ fetch(');
    const report = scanBuild(dir);
    expect(report.files).toBe(3);
    expect(report.problems.map((p) => `${p.file} ${p.what}`).sort()).toEqual(['assets/bad.js fetch(', 'assets/bad.js remote URL https://x.example/']);
    expect([...report.urls.keys()].sort()).toEqual(['https://*/*', 'https://x.example/']);
  });

  it('finds dangerouslySetInnerHTML in source files', () => {
    writeFileSync(join(dir, 'A.tsx'), 'export const A = () => <div dangerouslySetInnerHTML={{ __html: x }} />;');
    writeFileSync(join(dir, 'B.ts'), 'export const b = 1;');
    expect(checkSourceFree(dir).map((p) => p.what)).toEqual(['dangerouslySetInnerHTML in our own code']);
  });

  it('the real src/ never sets dangerouslySetInnerHTML', () => {
    expect(checkSourceFree(join(__dirname, '..', '..', 'src'))).toEqual([]);
  });
});

describe('isKnownPreactWarning', () => {
  const preactLine = 'x;f?(c||m&&(f.__html==m.__html||f.__html==e.innerHTML)||(e.innerHTML=f.__html),n.__k=[]):y';
  const column = preactLine.indexOf('(e.innerHTML') + 1;
  const read = (text: string) => (file: string) => (file === 'assets/jsx.js' ? text : null);

  it('accepts the innerHTML warning at preact’s assignment', () => {
    expect(isKnownPreactWarning({ code: 'UNSAFE_VAR_ASSIGNMENT', message: '', file: 'assets/jsx.js', line: 1, column }, read(preactLine))).toBe(true);
  });

  it('refuses other codes, other files and other assignments', () => {
    expect(isKnownPreactWarning({ code: 'DANGEROUS_EVAL', message: '', file: 'assets/jsx.js', line: 1, column }, read(preactLine))).toBe(false);
    expect(isKnownPreactWarning({ code: 'UNSAFE_VAR_ASSIGNMENT', message: '', file: 'assets/other.js', line: 1, column }, read(preactLine))).toBe(false);
    expect(isKnownPreactWarning({ code: 'UNSAFE_VAR_ASSIGNMENT', message: '', file: 'assets/jsx.js', line: 1, column: 3 }, read('a;el.innerHTML=userText;'))).toBe(false);
    expect(isKnownPreactWarning({ code: 'UNSAFE_VAR_ASSIGNMENT', message: '', file: 'assets/jsx.js' }, read(preactLine))).toBe(false);
  });
});
