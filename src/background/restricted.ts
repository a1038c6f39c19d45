/** Pages the browser does not let extensions touch, so the popup can say so instead of failing. */

const RESTRICTED_SCHEMES = ['chrome:', 'edge:', 'about:', 'chrome-extension:', 'moz-extension:', 'view-source:', 'devtools:', 'chrome-search:', 'brave:', 'opera:', 'vivaldi:', 'file:', 'data:', 'javascript:', 'blob:'];

const STORE_PREFIXES = [
  'https://chrome.google.com/webstore',
  'https://chromewebstore.google.com',
  'https://microsoftedge.microsoft.com/addons',
  'https://addons.mozilla.org',
  'https://addons.opera.com',
];

export function isRestrictedUrl(url: string | undefined): boolean {
  if (!url) return true;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return true;
  }
  if (RESTRICTED_SCHEMES.includes(parsed.protocol)) return true;
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return true;
  const normalized = `${parsed.protocol}//${parsed.host}${parsed.pathname}`;
  return STORE_PREFIXES.some((prefix) => normalized.startsWith(prefix));
}

/** Same document: equal up to the fragment (jumping to #cookies is not a navigation). */
export function sameDocument(a: string, b: string): boolean {
  return a.split('#')[0] === b.split('#')[0];
}
