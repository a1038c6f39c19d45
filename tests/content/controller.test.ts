/**
 * @jest-environment jsdom
 * @jest-environment-options {"url": "https://northwind.example/privacy-policy"}
 */
import { ContentController } from '../../src/content/controller';
import { installHighlightApi, installRangeLayout, rect } from './dom-stubs';
import { double, installFakeWorker, settle, SITE_SETTINGS, type Finding } from './fake-worker';
import { fixtureHtml } from './fixture-pages';

const FINDINGS: Finding[] = [
  { needle: 'interest-based advertisements', category: 'tracking', level: 'red', reason: 'Partners track you across websites for ads.' },
  { needle: 'standard contractual clauses', category: 'transfer', level: 'amber', reason: 'Data leaves the EU with safeguards.' },
  { needle: 'We do not sell your personal data', category: 'sharing', level: 'green', reason: 'Promises not to sell your data.' },
];

function loadPage(file: string): void {
  const parsed = new DOMParser().parseFromString(fixtureHtml(file), 'text/html');
  document.head.replaceChildren(...Array.from(parsed.head.childNodes).map((node) => document.importNode(node, true)));
  document.body.replaceChildren(...Array.from(parsed.body.childNodes).map((node) => document.importNode(node, true)));
}

let api: ReturnType<typeof installHighlightApi>;
let undoLayout: () => void;
let controller: ContentController;
const onDead = jest.fn();

beforeEach(() => {
  api = installHighlightApi();
  undoLayout = installRangeLayout(() => rect(0, 0, 100, 16));
  onDead.mockReset();
  loadPage('policy-en.html');
  controller = new ContentController({ doc: document, alive: () => true, onDead });
});
afterEach(() => {
  controller.destroy();
  undoLayout();
  api.uninstall();
});

const highlighted = () => Object.fromEntries([...api.registry].map(([name, highlight]) => [name.slice(0, 4), highlight.ranges.map((range) => range.toString().replace(/\s+/g, ' '))]));

test('a policy page: settings, then analysis, then one highlight per level', async () => {
  const worker = installFakeWorker({ findings: FINDINGS });
  expect(controller.start()).toBe(true);
  await settle();
  expect(worker.types()).toEqual(['site.settings', 'page.analyze']);
  const analyze = worker.messages[1]?.payload as { text: string; trigger: string; url: string; truncated: boolean };
  expect(analyze).toMatchObject({ trigger: 'auto', url: 'https://northwind.example/privacy-policy', truncated: false });
  expect(analyze.text.startsWith('Privacy Policy\nLast updated')).toBe(true);
  expect(analyze.text).not.toContain('By clicking Accept');
  const marks = highlighted();
  expect(marks['pl-r']?.[0]).toContain('interest-based advertisements');
  expect(marks['pl-a']?.[0]).toContain('standard contractual clauses');
  expect(marks['pl-g']).toEqual(['We do not sell your personal data.']);
});

test('the extension disabled on the site: no analysis, nothing on the page', async () => {
  const worker = installFakeWorker({ settings: { enabled: false }, findings: FINDINGS });
  controller.start();
  await settle();
  expect(worker.types()).toEqual(['site.settings']);
  expect(api.registry.size).toBe(0);
});

test('automatic analysis off: waits for "analyse now"', async () => {
  const worker = installFakeWorker({ settings: { autoAnalyze: false }, findings: FINDINGS });
  controller.start();
  await settle();
  expect(worker.types()).toEqual(['site.settings']);
  expect(controller.analyzeNow()).toEqual({ started: true });
  await settle();
  expect(worker.types()).toEqual(['site.settings', 'page.analyze']);
  expect((worker.messages[1]?.payload as { trigger: string }).trigger).toBe('manual');
  expect(api.registry.size).toBe(3);
});

test('highlights off, or some levels off, per the site settings', async () => {
  installFakeWorker({ settings: { highlightLevels: { red: true, amber: false, green: false } }, findings: FINDINGS });
  controller.start();
  await settle();
  expect(Object.keys(highlighted())).toEqual(['pl-r']);
  controller.applySettings({ ...SITE_SETTINGS, highlights: false });
  expect(api.registry.size).toBe(0);
  controller.applySettings({ ...SITE_SETTINGS });
  expect(api.registry.size).toBe(3);
  controller.applySettings({ ...SITE_SETTINGS, enabled: false });
  expect(api.registry.size).toBe(0);
});

test('"not a policy" from the worker leaves the page alone on an automatic run', async () => {
  installFakeWorker({ findings: FINDINGS, isPolicy: false });
  controller.start();
  await settle();
  expect(api.registry.size).toBe(0);
});

test('show in page: scrolls and flashes the sentence; unknown index is not found', async () => {
  installFakeWorker({ findings: FINDINGS });
  const scrolled: string[] = [];
  (Element.prototype as unknown as { scrollIntoView: () => void }).scrollIntoView = function scrollIntoView(this: Element) {
    scrolled.push(this.tagName);
  };
  controller.start();
  await settle();
  expect(controller.showSentence(1)).toEqual({ found: true });
  expect(scrolled).toEqual(['P']);
  expect([...api.registry.keys()].some((name) => name.startsWith('pl-f'))).toBe(true);
  expect(controller.showSentence(99)).toEqual({ found: false });
  delete (Element.prototype as unknown as { scrollIntoView?: unknown }).scrollIntoView;
});

test('an ordinary page is never sent to the worker', async () => {
  const worker = installFakeWorker();
  loadPage('article-long-en.html');
  expect(controller.start()).toBe(false);
  await settle();
  expect(worker.messages).toEqual([]);
  expect(controller.detection?.reason).toBe('no-practices');
});

test('a failed request with the context gone tears down', async () => {
  installFakeWorker();
  double.runtime.sendMessageHandler = () => Promise.reject(new Error('Extension context invalidated.'));
  const dead = new ContentController({ doc: document, alive: () => false, onDead });
  dead.start();
  await settle();
  expect(onDead).toHaveBeenCalled();
  dead.destroy();
});

test('switching the site back on starts the automatic analysis', async () => {
  const worker = installFakeWorker({ settings: { enabled: false }, findings: FINDINGS });
  controller.start();
  await settle();
  controller.applySettings({ ...SITE_SETTINGS });
  await settle();
  expect(worker.types()).toEqual(['site.settings', 'page.analyze']);
  expect(api.registry.size).toBe(3);
});

test('destroyed while the settings were on their way: nothing comes back', async () => {
  const worker = installFakeWorker({ findings: FINDINGS });
  controller.start();
  controller.destroy();
  await settle();
  expect(worker.types()).toEqual(['site.settings']);
  expect(api.registry.size).toBe(0);
});

test('destroy removes highlights and the tooltip host', async () => {
  installFakeWorker({ findings: FINDINGS });
  controller.start();
  await settle();
  expect(api.registry.size).toBe(3);
  controller.destroy();
  expect(api.registry.size).toBe(0);
  expect(api.sheets()).toHaveLength(0);
  expect(document.documentElement.querySelectorAll(':scope > div')).toHaveLength(0);
});
