/**
 * The background worker (an MV3 module service worker; static imports only). Listeners
 * are registered synchronously at the top level so a wake-up event is never missed; the
 * router waits for settings and the tab cache to load before it answers.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { createWorker } from './worker';

const worker = createWorker();

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => worker.handleMessage(message, sender));
browser.tabs.onRemoved.addListener((tabId) => void worker.onTabRemoved(tabId));
browser.tabs.onUpdated.addListener((tabId, changeInfo) => void worker.onTabUpdated(tabId, changeInfo));
