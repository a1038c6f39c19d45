/**
 * Elements the extension itself put into the page (tooltip host, overlay host).
 * A WeakSet rather than a marker attribute: a page cannot probe for it, and the
 * extractor skips our UI without trusting anything the page could forge.
 */
const ownElements = new WeakSet<Element>();

export function markOwnUi(element: Element): void {
  ownElements.add(element);
}

export function isOwnUi(element: Element): boolean {
  return ownElements.has(element);
}
