/**
 * Bundle sizes per entry of the built extension: each entry with every file it loads
 * (static imports followed through shared chunks, stylesheets of the HTML pages), and
 * the whole unpacked dist/.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BundleEntry, BundleResult } from './schema';

interface BuiltManifest {
  background?: { service_worker?: string };
  content_scripts?: { js?: string[] }[];
  action?: { default_popup?: string };
  options_ui?: { page?: string };
}

const IMPORT = /(?:\bimport\s*\(?|\bfrom)\s*["']([^"']+\.js)["']/g;
const HTML_ASSET = /(?:src|href)="([^"]+\.(?:js|css))"/g;

/** Paths inside dist/ (posix, no leading slash) that `file` loads. */
function referencesOf(dist: string, file: string): string[] {
  const text = readFileSync(join(dist, file), 'utf8');
  const pattern = file.endsWith('.html') ? HTML_ASSET : IMPORT;
  return [...text.matchAll(pattern)]
    .map((m) => m[1] ?? '')
    .filter((ref) => !/^[a-z]+:/i.test(ref))
    .map((ref) => (ref.startsWith('/') ? ref.slice(1) : posix.join(posix.dirname(file), ref)));
}

/** The entry file and everything it loads, transitively. */
export function closureOf(dist: string, entry: string): string[] {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop() ?? '';
    if (seen.has(file)) continue;
    seen.add(file);
    if (/\.(?:js|html)$/.test(file)) queue.push(...referencesOf(dist, file));
  }
  return [...seen].sort();
}

/** Raw and gzipped bytes; gzip per file, as a browser store or a CDN would compress them. */
function measure(dist: string, files: readonly string[]): { bytes: number; gzipBytes: number } {
  let bytes = 0;
  let gzipBytes = 0;
  for (const file of files) {
    const data = readFileSync(join(dist, file));
    bytes += data.length;
    gzipBytes += gzipSync(data, { level: 9 }).length;
  }
  return { bytes, gzipBytes };
}

export function entriesOf(dist: string): { name: string; entry: string }[] {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as BuiltManifest;
  const entries: { name: string; entry: string }[] = [];
  if (manifest.background?.service_worker) entries.push({ name: 'worker', entry: manifest.background.service_worker });
  for (const js of manifest.content_scripts?.flatMap((c) => c.js ?? []) ?? []) entries.push({ name: 'content script', entry: js });
  if (manifest.action?.default_popup) entries.push({ name: 'popup', entry: manifest.action.default_popup });
  if (manifest.options_ui?.page) entries.push({ name: 'options', entry: manifest.options_ui.page });
  return entries;
}

function allFiles(dist: string): string[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dist, join(e.parentPath, e.name)).split('\\').join('/'));
}

export function measureBundles(dist: string): BundleResult {
  const entries: BundleEntry[] = entriesOf(dist).map(({ name, entry }) => {
    const files = closureOf(dist, entry);
    return { name, files, ...measure(dist, files) };
  });
  const files = allFiles(dist);
  const builtAt = statSync(join(dist, 'manifest.json')).mtime.toISOString();
  return { builtAt, entries, dist: { files: files.length, ...measure(dist, files) } };
}
