/**
 * Typed senders over the catalogue in messages.ts for the worker and extension
 * pages (through webextension-polyfill). The content script has its own lighter
 * adapter (src/content/runtime.ts) over the same envelope code.
 */
import browser from 'webextension-polyfill';
import type { ContentRequestType, WorkerRequestType } from './messages';
import { unwrap, type ContentPayload, type ContentResponse, type WorkerPayload, type WorkerResponse } from './envelope';

export * from './envelope';

/** Ask the background worker. */
export async function sendToWorker<K extends WorkerRequestType>(
  type: K,
  payload: WorkerPayload<K>,
): Promise<WorkerResponse<K>> {
  const reply: unknown = await browser.runtime.sendMessage({ type, payload });
  return unwrap<WorkerResponse<K>>(type, reply);
}

/** Ask a tab's content script (from the worker). */
export async function sendToTab<K extends ContentRequestType>(
  tabId: number,
  type: K,
  payload: ContentPayload<K>,
): Promise<ContentResponse<K>> {
  const reply: unknown = await browser.tabs.sendMessage(tabId, { type, payload });
  return unwrap<ContentResponse<K>>(type, reply);
}
