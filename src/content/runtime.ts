/**
 * The slice of the extension API the content script uses, without
 * webextension-polyfill: the polyfill is a fifth of the content bundle's 15 KB
 * budget, and every page the user opens parses this script. Firefox has a
 * promise-based `browser`; Chromium's MV3 `chrome` returns promises from
 * sendMessage, and both accept `sendResponse` + `return true` from onMessage.
 */
import type { WorkerRequestType } from '../shared/messages';
import { unwrap, type WorkerPayload, type WorkerResponse } from '../shared/envelope';

export interface MessageSender {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

type Listener = (message: unknown, sender: MessageSender, sendResponse: (reply: unknown) => void) => boolean | undefined;

interface ExtensionApi {
  runtime: {
    id?: string;
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: { addListener(listener: Listener): void; removeListener(listener: Listener): void };
  };
  i18n: { getMessage(key: string): string };
}

/** Looked up on every call: after an update or uninstall the API object can vanish. */
function api(): ExtensionApi | undefined {
  const scope = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };
  return scope.browser?.runtime ? scope.browser : scope.chrome;
}

export function runtimeId(): string | undefined {
  return api()?.runtime?.id;
}

export function getMessage(key: string): string {
  return api()?.i18n.getMessage(key) ?? '';
}

/** Ask the background worker; the reply is an Envelope, unwrapped into a value or an Error. */
export async function sendToWorker<K extends WorkerRequestType>(type: K, payload: WorkerPayload<K>): Promise<WorkerResponse<K>> {
  const runtime = api()?.runtime;
  if (!runtime) throw new Error(`${type}: the extension is not available (was it reloaded?)`);
  return unwrap<WorkerResponse<K>>(type, await runtime.sendMessage({ type, payload }));
}

/**
 * Listens to the worker. `handle` returns a promise of the reply, or undefined when the
 * message is not ours to answer (then another listener, or nobody, answers).
 */
export function onWorkerMessage(handle: (message: unknown, sender: MessageSender) => Promise<unknown> | undefined): () => void {
  const runtime = api()?.runtime;
  if (!runtime) return () => undefined;
  const listener: Listener = (message, sender, sendResponse) => {
    const reply = handle(message, sender);
    if (!reply) return undefined;
    reply.then(sendResponse, (error: unknown) => sendResponse({ ok: false, error: String(error) }));
    return true;
  };
  runtime.onMessage.addListener(listener);
  return () => runtime.onMessage.removeListener(listener);
}
