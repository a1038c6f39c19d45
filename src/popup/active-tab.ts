/** Which tab the popup is about. */
import browser from 'webextension-polyfill';

export interface PopupTab {
  id: number;
  url: string;
}

/**
 * Normally the active tab of the current window (activeTab: once the user clicked our
 * action, its URL is ours to see). `?tabId=<id>` names the tab explicitly, for when the popup
 * is opened as a page (the e2e suite and the README screenshots do that); only extension
 * code can open our pages, and nothing is web-accessible, so a site cannot use it.
 */
export async function findPopupTab(search: string): Promise<PopupTab | null> {
  const requested = Number(new URLSearchParams(search).get('tabId'));
  if (Number.isSafeInteger(requested) && requested > 0) {
    const tab = await browser.tabs.get(requested);
    return { id: requested, url: tab.url ?? '' };
  }
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id === undefined ? null : { id: active.id, url: active.url ?? '' };
}
