/**
 * The no-network promise is only as good as the recorder behind it: prove that a
 * request from a page or from the extension's own worker would be seen.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchExtension, foreignRequests, type LoadedExtension } from './support/extension';
import { startFixtureServer, type FixtureServer } from './support/server';

let server: FixtureServer;
let ext: LoadedExtension;

before(async () => {
  server = await startFixtureServer();
  ext = await launchExtension();
});

after(async () => {
  await ext?.close();
  await server?.close();
});

test("the extension's CSP stops a request from its own worker before it reaches the network", async () => {
  const outcome = await ext.worker.evaluate(async () => {
    try {
      const res = await fetch('http://tracker.example/collect?x=1');
      return `status ${res.status}`;
    } catch (e) {
      return `failed ${String(e)}`;
    }
  });
  assert.match(outcome, /^failed/);
  await new Promise((resolve) => setTimeout(resolve, 200));
  assert.ok(!ext.proxied.some((l) => l.includes('tracker.example')), 'the request reached the network layer');
});

test('a request from a page to another host is recorded', async () => {
  const page = await ext.context.newPage();
  await page.goto(`${server.origin}/`);
  await page.evaluate(() => fetch('https://beacon.example/pixel.gif').catch(() => undefined));
  await page.waitForTimeout(300);
  assert.ok(foreignRequests(ext, server.origin).some((l) => l.includes('beacon.example')));
  assert.ok(ext.proxied.some((l) => l.includes('beacon.example')), 'the refusing proxy did not see it');
  assert.ok(ext.requests.some((r) => r.url === `${server.origin}/`), "the page navigation itself was not recorded");
  await page.close();
});
