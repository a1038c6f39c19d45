/**
 * Who sent a message. Only our own contexts count: our extension pages (popup, options)
 * and our content script, which speaks only for the tab it runs in.
 */
import type { Runtime } from 'webextension-polyfill';

export type SenderInfo =
  | { kind: 'extension-page'; url: string }
  | { kind: 'content-script'; tabId: number; url: string | undefined };

export function classifySender(sender: Runtime.MessageSender, runtimeId: string, extensionOrigin: string): SenderInfo | null {
  if (!sender || sender.id !== runtimeId) return null;
  // Checked before `tab`: the options page opened in a tab has a tab but is one of our pages.
  if (typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin)) return { kind: 'extension-page', url: sender.url };
  const tabId = sender.tab?.id;
  // Our content script runs only in top frames; a message from a subframe is not ours to trust.
  if (typeof tabId === 'number' && tabId >= 0 && (sender.frameId === undefined || sender.frameId === 0)) {
    return { kind: 'content-script', tabId, url: sender.tab?.url ?? sender.url };
  }
  return null;
}
