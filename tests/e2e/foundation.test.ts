/**
 * The walking skeleton in a real browser: the built extension loads into Debian's
 * Chromium, its worker starts, its pages render, and nothing leaves the machine.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { foreignRequests, DIST } from './support/extension';
import { useBrowserSession } from './support/session';
import { seedIds } from './support/server';

const session = useBrowserSession();

test('the built manifest is MV3 with a module worker, a content script, a popup, an options page and no web-accessible resources', () => {
  const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8'));
  assert.equal(manifest.manifest_version, 3);
  assert.equal(manifest.background.type, 'module');
  assert.ok(manifest.background.service_worker);
  assert.equal(manifest.content_scripts.length, 1);
  assert.deepEqual(manifest.content_scripts[0].matches, ['http://*/*', 'https://*/*']);
  assert.ok(manifest.action.default_popup);
  assert.ok(manifest.options_ui.page);
  assert.equal(manifest.web_accessible_resources, undefined);
  assert.deepEqual([...manifest.permissions].sort(), ['activeTab', 'storage']);
  assert.equal(manifest.host_permissions, undefined);
  assert.match(manifest.content_security_policy.extension_pages, /script-src 'self'/);
});

test('the worker starts and runs as the extension', async () => {
  assert.match(session.ext.extensionId, /^[a-p]{32}$/);
  const id = await session.ext.worker.evaluate(() => chrome.runtime.id);
  assert.equal(id, session.ext.extensionId);
});

test('the content script runs on a served seed page', async () => {
  const page = await session.ext.context.newPage();
  const seed = seedIds()[0]!;
  await page.goto(`${session.server.origin}/seeds/${seed}.html`);
  await page.waitForLoadState('load');
  assert.ok(session.server.requests.includes(`/seeds/${seed}.html`));
  await page.close();
});

test('the popup and the options page render', async () => {
  const popup = await session.ext.context.newPage();
  await popup.goto(`chrome-extension://${session.ext.extensionId}/src/popup/index.html`);
  await popup.waitForSelector('#app *');
  assert.ok((await popup.textContent('#app'))?.includes('Privacy Lights'));
  const options = await session.ext.context.newPage();
  await options.goto(`chrome-extension://${session.ext.extensionId}/src/options/index.html`);
  await options.waitForSelector('#app *');
  await popup.close();
  await options.close();
});

test('nothing the extension did reached any host but the fixture server', () => {
  assert.deepEqual(foreignRequests(session.ext, session.server.origin), []);
  // The extension's own contexts made requests only to the fixture pages and its own files.
  assert.ok(session.ext.requests.length > 0, 'the request recorder saw nothing at all');
});
