import double from '../support/browser-double';
import { getMessage, onWorkerMessage, runtimeId, sendToWorker } from '../../src/content/runtime';

describe('content runtime adapter (no polyfill)', () => {
  afterEach(() => {
    double.runtime.sendMessageHandler = async () => undefined;
  });

  it('unwraps the worker envelope into a value or an error', async () => {
    double.runtime.sendMessageHandler = async () => ({ ok: true, value: { opened: true } });
    await expect(sendToWorker('ui.openPopup', { index: 1 })).resolves.toEqual({ opened: true });
    double.runtime.sendMessageHandler = async () => ({ ok: false, error: 'refused: sender' });
    await expect(sendToWorker('ui.openPopup', { index: 1 })).rejects.toThrow('ui.openPopup: refused: sender');
    double.runtime.sendMessageHandler = async () => undefined;
    await expect(sendToWorker('ui.openPopup', { index: 1 })).rejects.toThrow(/no answer/);
  });

  it('answers through sendResponse, and stays silent on messages that are not ours', async () => {
    const stop = onWorkerMessage((message) => ((message as { mine?: boolean }).mine ? Promise.resolve('reply') : undefined));
    const [answered] = double.runtime.onMessage.emit({ mine: true }, { id: double.runtime.id });
    await expect(answered).resolves.toBe('reply');
    const [ignored] = double.runtime.onMessage.emit({ mine: false }, { id: double.runtime.id });
    expect(ignored).toBeUndefined();
    stop();
    expect(double.runtime.onMessage.listeners.size).toBe(0);
  });

  it('turns a failing handler into an error envelope instead of leaving the worker waiting', async () => {
    const stop = onWorkerMessage(() => Promise.reject(new Error('boom')));
    const [reply] = double.runtime.onMessage.emit({}, { id: double.runtime.id });
    await expect(reply).resolves.toEqual({ ok: false, error: 'Error: boom' });
    stop();
  });

  it('reads the id and messages of the extension, and copes when the API is gone', async () => {
    expect(runtimeId()).toBe(double.runtime.id);
    expect(getMessage('extName')).toBe('Privacy Lights');
    const scope = globalThis as unknown as { browser?: unknown };
    const saved = scope.browser;
    scope.browser = undefined;
    try {
      expect(runtimeId()).toBeUndefined();
      expect(getMessage('extName')).toBe('');
      await expect(sendToWorker('ui.openPopup', { index: 0 })).rejects.toThrow(/not available/);
    } finally {
      scope.browser = saved;
    }
  });
});
