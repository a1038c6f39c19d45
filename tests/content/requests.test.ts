import { handleContentRequest, isResolvedSiteSettings, type ContentHandlers } from '../../src/content/requests';
import type { ResolvedSiteSettings } from '../../src/shared/settings/schema';

const ID = 'test-extension-id';
const SETTINGS: ResolvedSiteSettings = {
  host: 'example.test',
  enabled: true,
  autoAnalyze: true,
  highlights: true,
  highlightLevels: { red: true, amber: true, green: false },
  uiLanguage: 'auto',
  decidedBy: { enabled: null, autoAnalyze: null, highlights: null },
};

function handlers(): ContentHandlers & Record<string, jest.Mock> {
  return {
    'content.analyzeNow': jest.fn(() => ({ started: true })),
    'content.showSentence': jest.fn(({ index }: { index: number }) => ({ found: index === 3 })),
    'content.applySettings': jest.fn(() => ({ applied: true })),
  };
}

const send = (message: unknown, sender: { id?: string } = { id: ID }, h = handlers()) => handleContentRequest(message, sender, ID, h);

test('answers a valid request with an ok envelope', async () => {
  const h = handlers();
  await expect(send({ type: 'content.showSentence', payload: { index: 3 } }, { id: ID }, h)).resolves.toEqual({ ok: true, value: { found: true } });
  await expect(send({ type: 'content.analyzeNow', payload: {} }, { id: ID }, h)).resolves.toEqual({ ok: true, value: { started: true } });
  await expect(send({ type: 'content.applySettings', payload: { settings: SETTINGS } }, { id: ID }, h)).resolves.toEqual({ ok: true, value: { applied: true } });
  expect(h['content.applySettings']).toHaveBeenCalledWith({ settings: SETTINGS });
});

test('ignores messages that are not content requests', () => {
  for (const message of [null, 'content.analyzeNow', { type: 'page.analyze', payload: {} }, { type: 'toString', payload: {} }, { payload: {} }]) {
    expect(send(message)).toBeUndefined();
  }
});

test('refuses other senders without calling a handler', async () => {
  const h = handlers();
  await expect(send({ type: 'content.analyzeNow', payload: {} }, { id: 'other-extension' }, h)).resolves.toMatchObject({ ok: false });
  await expect(send({ type: 'content.analyzeNow', payload: {} }, {}, h)).resolves.toMatchObject({ ok: false });
  await expect(handleContentRequest({ type: 'content.analyzeNow', payload: {} }, { id: undefined }, undefined, h)).resolves.toMatchObject({ ok: false });
  expect(h['content.analyzeNow']).not.toHaveBeenCalled();
});

test.each([
  ['content.analyzeNow', null],
  ['content.analyzeNow', []],
  ['content.showSentence', {}],
  ['content.showSentence', { index: -1 }],
  ['content.showSentence', { index: 1.5 }],
  ['content.showSentence', { index: '2' }],
  ['content.applySettings', {}],
  ['content.applySettings', { settings: { ...SETTINGS, highlights: 'yes' } }],
  ['content.applySettings', { settings: { ...SETTINGS, highlightLevels: { red: true } } }],
  ['content.applySettings', { settings: { ...SETTINGS, host: 42 } }],
])('refuses %s with payload %j', async (type, payload) => {
  const h = handlers();
  await expect(send({ type, payload }, { id: ID }, h)).resolves.toEqual({ ok: false, error: `${type}: malformed payload` });
  expect(h[type]).not.toHaveBeenCalled();
});

test('a throwing handler becomes an error envelope', async () => {
  const h = handlers();
  (h['content.analyzeNow'] as jest.Mock).mockImplementation(() => {
    throw new Error('boom');
  });
  await expect(send({ type: 'content.analyzeNow', payload: {} }, { id: ID }, h)).resolves.toEqual({ ok: false, error: 'boom' });
});

test('settings guard', () => {
  expect(isResolvedSiteSettings(SETTINGS)).toBe(true);
  expect(isResolvedSiteSettings({ ...SETTINGS, enabled: undefined })).toBe(false);
  expect(isResolvedSiteSettings(null)).toBe(false);
});
