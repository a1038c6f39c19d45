/** FNV-1a (32-bit) over UTF-16 code units: fast, stable, not cryptographic (cache keys and shards only). */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** The hash as 8 hex digits, with the length so equal hashes of different lengths stay apart. */
export function textHash(text: string): string {
  return `${fnv1a(text).toString(16).padStart(8, '0')}-${text.length.toString(36)}`;
}
