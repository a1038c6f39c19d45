import { isGlobalPatch, isSiteOverride, isValidPayload, isWorkerMessage } from '../../src/shared/validate';

const page = { url: 'https://shop.example/privacy', title: 'Privacy', text: 'We use cookies.', totalChars: 15, truncated: false, trigger: 'auto' };

describe('payload guards', () => {
  it('accepts well-formed payloads', () => {
    expect(isValidPayload('page.analyze', page)).toBe(true);
    expect(isValidPayload('tab.state', { tabId: 3 })).toBe(true);
    expect(isValidPayload('tab.showSentence', { tabId: 3, index: 0 })).toBe(true);
    expect(isValidPayload('settings.get', {})).toBe(true);
    expect(isValidPayload('settings.setSite', { host: 'shop.example.nl', override: { highlights: false, enabled: null } })).toBe(true);
    expect(isValidPayload('settings.setSite', { host: 'shop.example.nl', override: null })).toBe(true);
  });

  it.each([
    ['page.analyze', { ...page, url: 'javascript:alert(1)' }],
    ['page.analyze', { ...page, text: 42 }],
    ['page.analyze', { ...page, trigger: 'sometimes' }],
    ['page.analyze', { ...page, totalChars: -1 }],
    ['page.analyze', { ...page, text: 'x'.repeat(2_000_001) }],
    ['page.analyze', null],
    ['tab.state', { tabId: '3' }],
    ['tab.state', { tabId: 1.5 }],
    ['tab.state', []],
    ['tab.showSentence', { tabId: 1 }],
    ['ui.openPopup', { index: -2 }],
    ['settings.get', { sneaky: true }],
    ['settings.setGlobal', { patch: { enabled: 'yes' } }],
    ['settings.setGlobal', { patch: { __proto__: { enabled: true }, evil: 1 } }],
    ['settings.setGlobal', { patch: { highlightLevels: { purple: true } } }],
    ['settings.setSite', { host: 'not a host!', override: {} }],
    ['settings.setSite', { host: 'example.nl', override: { enabled: 'no' } }],
    ['settings.setSite', { host: 'example.nl', override: { script: true } }],
    ['settings.import', { json: {} }],
  ] as const)('refuses %s with %j', (type, payload) => {
    expect(isValidPayload(type, payload)).toBe(false);
  });

  it('patches and overrides allow only known keys', () => {
    expect(isGlobalPatch({ uiLanguage: 'nl', highlightLevels: { green: false } })).toBe(true);
    expect(isGlobalPatch({ uiLanguage: 'fr' })).toBe(false);
    expect(isSiteOverride({ autoAnalyze: false })).toBe(true);
    expect(isSiteOverride([])).toBe(false);
  });

  it('knows only catalogue types', () => {
    expect(isWorkerMessage({ type: 'tab.state', payload: {} })).toBe(true);
    expect(isWorkerMessage({ type: 'tab.delete', payload: {} })).toBe(false);
    expect(isWorkerMessage({ type: 'toString', payload: {} })).toBe(false);
    expect(isWorkerMessage({ type: 'tab.state' })).toBe(false);
    expect(isWorkerMessage('tab.state')).toBe(false);
  });
});
