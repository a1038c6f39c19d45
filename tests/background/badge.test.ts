import { badgeFor, worstLight } from '../../src/background/badge';
import { createWorker } from '../../src/background/worker';
import { calls, contentSender, fakeAnalyze, pageText, resetBrowser, tabUrls } from './support';

beforeEach(resetBrowser);

describe('badge', () => {
  it.each([
    [{ tracking: 'red', sharing: 'amber', transfer: 'unknown' }, '!', '#c5221f', 'Tracking: red · Sharing: amber · Transfer: unknown'],
    [{ tracking: 'amber', sharing: 'green', transfer: 'amber' }, '~', '#f9ab00', 'Tracking: amber · Sharing: green · Transfer: amber'],
    [{ tracking: 'green', sharing: 'green', transfer: 'green' }, '✓', '#188038', 'Tracking: green · Sharing: green · Transfer: green'],
    [{ tracking: 'unknown', sharing: 'unknown', transfer: 'unknown' }, '?', '#80868b', 'Tracking: unknown · Sharing: unknown · Transfer: unknown'],
  ] as const)('%j → %s', (summary, text, color, title) => {
    expect(badgeFor(summary, 'en')).toMatchObject({ text, color, title });
  });

  it('a green and an unknown light: green is the worst known, silence never hides it', () => {
    expect(worstLight({ tracking: 'unknown', sharing: 'green', transfer: 'unknown' })).toBe('green');
  });

  it('the title follows the interface language', () => {
    expect(badgeFor({ tracking: 'red', sharing: 'amber', transfer: 'green' }, 'nl').title).toBe('Tracking: rood · Delen: oranje · Doorgifte: groen');
  });

  it('an analysis sets the badge on the sender tab only', async () => {
    tabUrls.set(9, 'https://example.test/privacy');
    const worker = createWorker({ analyze: fakeAnalyze() });
    await worker.handleMessage({ type: 'page.analyze', payload: pageText('https://example.test/privacy', 'x') }, contentSender(9));
    const text = calls.filter((c) => c.method === 'action.setBadgeText');
    expect(text).toEqual([{ method: 'action.setBadgeText', args: [{ tabId: 9, text: '!' }] }]);
    expect(calls.find((c) => c.method === 'action.setTitle')?.args[0]).toEqual({ tabId: 9, title: 'Tracking: red · Sharing: amber · Transfer: unknown' });
  });

  it('a page that is not a policy gets no badge', async () => {
    tabUrls.set(9, 'https://example.test/blog');
    const worker = createWorker({ analyze: fakeAnalyze({ isPolicy: false }) });
    await worker.handleMessage({ type: 'page.analyze', payload: pageText('https://example.test/blog', 'x') }, contentSender(9));
    expect(calls.filter((c) => c.method === 'action.setBadgeText').map((c) => c.args[0])).toEqual([{ tabId: 9, text: '' }]);
  });
});
