import { defineConfig } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import baseManifest from './manifest.json' with { type: 'json' };

// One build per browser: crxjs in Chrome mode drops `background.scripts`, and
// Firefox (MV3) still runs the background as an event page, not a service worker.
const browser = process.env.BROWSER === 'firefox' ? 'firefox' : 'chrome';

function manifestFor(target: 'chrome' | 'firefox'): ManifestV3Export {
  if (target === 'chrome') return baseManifest as ManifestV3Export;
  const { minimum_chrome_version: _chromeOnly, background, ...rest } = baseManifest;
  return {
    ...rest,
    background: { scripts: [background.service_worker], type: 'module' },
    browser_specific_settings: {
      gecko: {
        id: 'privacy-lights@privacylights.invalid',
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
    },
  } as unknown as ManifestV3Export;
}

export default defineConfig({
  plugins: [
    preact(),
    crx({
      manifest: manifestFor(browser),
      browser,
      // Self-contained IIFE: no loader chunk listed in web_accessible_resources,
      // so a page cannot probe for the extension's files (see SECURITY.md).
      contentScripts: { standaloneFiles: ['src/content/index.ts'] },
    }),
  ],
  build: {
    outDir: browser === 'firefox' ? 'dist-firefox' : 'dist',
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    sourcemap: false,
    modulePreload: false,
  },
  server: { host: '127.0.0.1' },
});
