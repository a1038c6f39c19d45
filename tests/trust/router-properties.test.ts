/**
 * The worker's one door, fuzzed: any message from any sender gets an Envelope and never a
 * throw; a stranger changes nothing; a content script cannot put a result on another tab.
 * (tests/background/router.test.ts shows each refusal by example; these are properties.)
 */
import fc from 'fast-check';
import type { Runtime } from 'webextension-polyfill';
import { createWorker } from '../../src/background/worker';
import { isEnvelope } from '../../src/shared/messaging';
import { PAYLOAD_GUARDS } from '../../src/shared/validate';
import { contentSender, double, fakeAnalyze, pageSender, pageText, resetBrowser, tabUrls, valueOf } from '../background/support';

const TYPES = Object.keys(PAYLOAD_GUARDS);
const OUR_ID = double.runtime.id;

const plausiblePayload = fc.record(
  {
    tabId: fc.oneof(fc.integer({ min: -2, max: 5 }), fc.anything()),
    index: fc.oneof(fc.integer({ min: -2, max: 5 }), fc.anything()),
    url: fc.oneof(fc.webUrl(), fc.constantFrom('javascript:alert(1)', 'chrome://settings', ''), fc.anything()),
    title: fc.oneof(fc.string(), fc.anything()),
    text: fc.oneof(fc.string({ maxLength: 200 }), fc.anything()),
    totalChars: fc.oneof(fc.nat(), fc.anything()),
    truncated: fc.oneof(fc.boolean(), fc.anything()),
    trigger: fc.oneof(fc.constantFrom('auto', 'manual'), fc.anything()),
    host: fc.oneof(fc.domain(), fc.anything()),
    override: fc.anything(),
    patch: fc.anything(),
    json: fc.oneof(fc.json(), fc.anything()),
  },
  { requiredKeys: [] },
);

const message = fc.oneof(
  fc.anything(),
  fc.record({ type: fc.oneof(fc.constantFrom(...TYPES), fc.string()), payload: fc.oneof(plausiblePayload, fc.anything()) }, { requiredKeys: ['type'] }),
);

const sender: fc.Arbitrary<Runtime.MessageSender> = fc.oneof(
  fc.constant(pageSender()),
  fc.constant(contentSender(1, 'https://one.test/privacy')),
  fc.record(
    {
      id: fc.oneof(fc.constant(OUR_ID), fc.constant('another-extension'), fc.string()),
      url: fc.oneof(fc.webUrl(), fc.constant(double.runtime.getURL('src/popup/index.html'))),
      frameId: fc.integer({ min: -1, max: 3 }),
      tab: fc.record({ id: fc.integer({ min: -1, max: 3 }), url: fc.webUrl(), index: fc.constant(0), highlighted: fc.constant(false), active: fc.boolean(), pinned: fc.constant(false), incognito: fc.constant(false) }, { requiredKeys: [] }),
    },
    { requiredKeys: [] },
  ).map((raw) => raw as Runtime.MessageSender),
);

beforeEach(() => {
  resetBrowser();
  tabUrls.set(1, 'https://one.test/privacy');
  tabUrls.set(2, 'https://two.test/privacy');
});

describe('the worker router under fuzzing', () => {
  it('answers every message from every sender with an Envelope, never a throw', async () => {
    const worker = createWorker({ analyze: fakeAnalyze() });
    await fc.assert(
      fc.asyncProperty(message, sender, async (msg, from) => {
        const reply = await worker.handleMessage(msg, from);
        expect(isEnvelope(reply)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('a sender that is not this extension is refused and changes nothing', async () => {
    const worker = createWorker({ analyze: fakeAnalyze() });
    await worker.ready;
    const before = JSON.stringify([double.storage.local._raw(), double.storage.session._raw()]);
    await fc.assert(
      fc.asyncProperty(message, sender, fc.string(), async (msg, from, id) => {
        fc.pre(id !== OUR_ID);
        const reply = await worker.handleMessage(msg, { ...from, id });
        expect(reply).toEqual({ ok: false, error: 'refused: unknown sender' });
      }),
      { numRuns: 300 },
    );
    expect(JSON.stringify([double.storage.local._raw(), double.storage.session._raw()])).toBe(before);
  });

  it("whatever tab 1's content script sends, tab 2 never shows a result", async () => {
    const worker = createWorker({ analyze: fakeAnalyze() });
    await fc.assert(
      fc.asyncProperty(plausiblePayload, fc.constantFrom('page.analyze', 'site.settings', 'ui.openPopup', 'tab.analyze', 'tab.state'), async (payload, type) => {
        const forged = { ...pageText('https://two.test/privacy', 'forged'), ...payload, tabId: 2 };
        await worker.handleMessage({ type, payload: forged }, contentSender(1, 'https://one.test/privacy'));
        const state = valueOf<{ kind: string }>(await worker.handleMessage({ type: 'tab.state', payload: { tabId: 2 } }, pageSender()));
        expect(state.kind).not.toBe('result');
      }),
      { numRuns: 200 },
    );
  });
});
