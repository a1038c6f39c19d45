/**
 * Notices when the page changed under the content script, cheaply and with hard
 * caps so no page can make it loop.
 *
 * - Navigation (SPA route changes): history.pushState cannot be patched from the
 *   isolated world, so we listen to the Navigation API where present, else to
 *   popstate plus a MutationObserver on <title> and the body's direct children,
 *   comparing the URL (debounced).
 * - Late content: the same observer reports body changes a few times, so a shell
 *   that fills in later still gets its first pass.
 */
const DEBOUNCE_MS = 600;
/** Re-runs a page can cause in its lifetime, navigation included. */
export const MAX_RERUNS = 20;
/** Of which "content arrived" re-checks (same URL and title). */
export const MAX_CONTENT_RECHECKS = 3;

export type PageChange = 'navigated' | 'content';

interface NavigationLike {
  addEventListener(type: 'navigatesuccess', listener: () => void, options: { signal: AbortSignal }): void;
}

const pageKey = (doc: Document): string => (doc.location?.href ?? '').replace(/#.*$/, '');

export function watchPage(doc: Document, onChange: (change: PageChange) => void, signal: AbortSignal): void {
  const view = doc.defaultView;
  if (!view) return;
  let lastUrl = pageKey(doc);
  let lastTitle = doc.title;
  let reruns = 0;
  let contentRechecks = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let bodyChanged = false;

  const settle = () => {
    timer = undefined;
    if (signal.aborted || reruns >= MAX_RERUNS) return;
    const url = pageKey(doc);
    const title = doc.title;
    const navigated = url !== lastUrl || title !== lastTitle;
    const content = bodyChanged && contentRechecks < MAX_CONTENT_RECHECKS;
    bodyChanged = false;
    lastUrl = url;
    lastTitle = title;
    if (!navigated && !content) return;
    reruns++;
    if (!navigated) contentRechecks++;
    onChange(navigated ? 'navigated' : 'content');
  };
  const poke = () => {
    if (signal.aborted || reruns >= MAX_RERUNS) return;
    clearTimeout(timer);
    timer = setTimeout(settle, DEBOUNCE_MS);
  };
  signal.addEventListener('abort', () => clearTimeout(timer));

  const navigation = (view as unknown as { navigation?: NavigationLike }).navigation;
  if (navigation && typeof navigation.addEventListener === 'function') {
    navigation.addEventListener('navigatesuccess', poke, { signal });
  } else {
    view.addEventListener('popstate', poke, { signal });
  }

  const Observer = view.MutationObserver;
  if (typeof Observer !== 'function') return;
  const observer = new Observer((records) => {
    if (records.some((record) => record.target === doc.body)) bodyChanged = true;
    poke();
  });
  const title = doc.querySelector('head > title');
  if (title) observer.observe(title, { childList: true, characterData: true, subtree: true });
  if (doc.head) observer.observe(doc.head, { childList: true });
  if (doc.body) observer.observe(doc.body, { childList: true });
  signal.addEventListener('abort', () => observer.disconnect());
}

/** On an analysed page: report when the text root changed a lot (expanders, lazy sections), debounced and capped. */
export function watchText(root: Node, onSettled: () => void, signal: AbortSignal, maxRuns = 3): void {
  const view = root.ownerDocument?.defaultView;
  if (!view || typeof view.MutationObserver !== 'function') return;
  let runs = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new view.MutationObserver(() => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (signal.aborted) return;
      if (++runs >= maxRuns) observer.disconnect();
      onSettled();
    }, 1500);
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['hidden', 'open', 'class', 'aria-expanded'] });
  signal.addEventListener('abort', () => {
    clearTimeout(timer);
    observer.disconnect();
  });
}
