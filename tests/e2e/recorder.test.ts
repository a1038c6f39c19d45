/**
 * The no-network promise is only as good as the recorder behind it: prove that a
 * request from a page or from the extension's own worker would be seen.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foreignRequests } from './support/extension';
import { useBrowserSession } from './support/session';

const session = useBrowserSession();

test("the extension's CSP stops a request from its own worker before it reaches the network", async () => {
  const outcome = await session.ext.worker.evaluate(async () => {
    try {
      const res = await fetch('http://tracker.example/collect?x=1');
      return `status ${res.status}`;
    } catch (e) {
      return `failed ${String(e)}`;
    }
  });
  assert.match(outcome, /^failed/);
  await new Promise((resolve) => setTimeout(resolve, 200));
  assert.ok(!session.ext.proxied.some((l) => l.includes('tracker.example')), 'the request reached the network layer');
});

test('a request from a page to another host is recorded', async () => {
  const page = await session.ext.context.newPage();
  await page.goto(`${session.server.origin}/`);
  await page.evaluate(() => fetch('https://beacon.example/pixel.gif').catch(() => undefined));
  await page.waitForTimeout(300);
  assert.ok(foreignRequests(session.ext, session.server.origin).some((l) => l.includes('beacon.example')));
  assert.ok(session.ext.proxied.some((l) => l.includes('beacon.example')), 'the refusing proxy did not see it');
  assert.ok(session.ext.requests.some((r) => r.url === `${session.server.origin}/`), "the page navigation itself was not recorded");
  await page.close();
});
