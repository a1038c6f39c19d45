/** Hostnames as site-list keys: lowercase, no leading or trailing dot, no port. */

const LABEL = /^[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?$/;
const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;
const IPV6 = /^\[[0-9a-f:.]+\]$/;

/** A canonical host, or null when `input` is not one (so a hand-edited key cannot smuggle in junk). */
export function normalizeHost(input: string): string | null {
  const host = input.trim().toLowerCase().replace(/^\.+/, '').replace(/\.+$/, '');
  if (host.length === 0 || host.length > 253) return null;
  if (IPV6.test(host)) return host;
  return host.split('.').every((label) => LABEL.test(label)) ? host : null;
}

/** The host of an http(s) URL, or null for anything else (browser pages, files, junk). */
export function hostFromUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  return normalizeHost(parsed.hostname);
}

/**
 * The hosts whose overrides apply to `host`, most specific first:
 * `a.shop.example.nl` → `shop.example.nl` → `example.nl`. A bare top-level domain is
 * never a candidate, and IP addresses have no parents.
 */
export function hostCandidates(host: string): string[] {
  if (IPV4.test(host) || IPV6.test(host)) return [host];
  const labels = host.split('.');
  const candidates = [host];
  for (let i = 1; i <= labels.length - 2; i++) candidates.push(labels.slice(i).join('.'));
  return candidates;
}
