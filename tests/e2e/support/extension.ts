/**
 * Loads the built extension into Debian's Chromium with playwright-core and
 * watches the network. Every request any context of the browser makes is seen
 * twice: by Playwright (pages, extension pages and — with the experimental flag —
 * the service worker) and by a refusing proxy that every non-loopback connection
 * must pass, so nothing can leave the machine unseen. (The worker's view needs
 * PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS=1 before playwright-core loads:
 * the test:e2e script sets it.)
 */
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const DIST = join(import.meta.dirname, '..', '..', '..', 'dist');
export const ARTIFACTS = join(import.meta.dirname, '..', '.artifacts');

export const CHROMIUM_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface SeenRequest {
  url: string;
  /** Where Playwright saw it: a page/frame URL, 'service-worker', or 'proxy'. */
  from: string;
}

export interface LoadedExtension {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Every request seen while the extension was loaded. */
  requests: SeenRequest[];
  /** Connections that tried to leave loopback (must stay empty). */
  proxied: string[];
  /** Opens the popup for the tab showing `target` (activeTab cannot be granted by a test, so the popup is told the tab). */
  openPopup(target: Page): Promise<Page>;
  restartWorker(): Promise<Worker>;
  close(): Promise<void>;
}

async function startRefusingProxy(seen: string[]): Promise<{ server: Server; port: number }> {
  const server = createServer((req, res) => {
    seen.push(req.url ?? '?');
    res.writeHead(403).end();
  });
  server.on('connect', (req, socket) => {
    seen.push(`CONNECT ${req.url ?? '?'}`);
    // A CONNECT socket is ours once handed over, so its errors are too: Chromium may
    // reset it after reading the refusal, and an unheard ECONNRESET would fail the file.
    socket.on('error', () => undefined);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as AddressInfo).port };
}

export async function launchExtension(options: { locale?: string; colorScheme?: 'light' | 'dark' } = {}): Promise<LoadedExtension> {
  if (!existsSync(join(DIST, 'manifest.json'))) throw new Error('dist/ is missing: run `npm run build` first');
  const proxied: string[] = [];
  const proxy = await startRefusingProxy(proxied);
  const userDataDir = mkdtempSync(join(tmpdir(), 'privacy-lights-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: false, // --headless=new below: the old headless mode cannot load extensions
    args: [
      ...CHROMIUM_FLAGS,
      `--disable-extensions-except=${DIST}`,
      `--load-extension=${DIST}`,
      `--proxy-server=http://127.0.0.1:${proxy.port}`,
      `--lang=${options.locale ?? 'en-US'}`,
    ],
    locale: options.locale ?? 'en-US',
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: 1100, height: 800 },
  });
  const requests: SeenRequest[] = [];
  context.on('request', (request) => {
    const frame = (() => {
      try {
        return request.frame().url();
      } catch {
        return 'service-worker';
      }
    })();
    requests.push({ url: request.url(), from: frame });
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;

  return {
    context,
    worker,
    extensionId,
    requests,
    proxied,
    async openPopup(target: Page) {
      const tabId = await tabIdOf(worker, target);
      const popup = await context.newPage();
      await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html?tabId=${tabId}`);
      return popup;
    },
    async restartWorker() {
      // Stopping the worker from inside is what the browser does when it is idle.
      const cdp = await context.newCDPSession(context.pages()[0] ?? (await context.newPage()));
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await cdp.detach();
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/src/options/index.html`);
      const next = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
      await page.close();
      return next;
    },
    async close() {
      await context.close();
      await new Promise<void>((resolve) => proxy.server.close(() => resolve()));
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The tab id of the tab showing `page`. Without the "tabs" permission the worker
 * cannot read tab URLs, so the page is brought to the front and the active tab asked.
 */
export async function tabIdOf(worker: Worker, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await worker.evaluate(async () => {
    const tabs = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tabs[0]?.id ?? -1;
  });
  if (id < 0) throw new Error(`no active tab for ${page.url()}`);
  return id;
}

/**
 * Chromium's own housekeeping that the launch flags do not silence (account and
 * extension-update checks; Debian's Chromium 150 also checks in with Google Cloud
 * Messaging at android.clients.google.com, which 156 did not). They reach the refusing
 * proxy from the browser process, not from any extension context (those are recorded
 * in `requests`), and our bundles contain none of these hosts (`npm run check:bundle`
 * allows no URL it does not list); everything else counts against us.
 */
const BROWSER_HOUSEKEEPING = /^(?:CONNECT )?(?:https?:\/\/)?(?:accounts\.google\.com|android\.clients\.google\.com|update\.googleapis\.com|clients2\.google\.com|clients2\.googleusercontent\.com|[\w-]+\.gvt1\.com|edgedl\.me\.gvt1\.com)(?::443)?(?:\/|$)/;

/** Requests that did not go to the fixture server or the extension itself. */
export function foreignRequests(ext: LoadedExtension, fixtureOrigin: string): string[] {
  const allowed = [fixtureOrigin, `chrome-extension://${ext.extensionId}`, 'data:', 'blob:'];
  return [
    ...ext.requests.map((r) => `${r.from}: ${r.url}`).filter((line) => !allowed.some((a) => line.split(': ').slice(1).join(': ').startsWith(a))),
    ...ext.proxied.filter((u) => !BROWSER_HOUSEKEEPING.test(u)).map((u) => `proxy: ${u}`),
  ];
}
