/**
 * One browser and one fixture server per test file: started before the file's tests,
 * closed after them. Each file gets its own Chromium, so files cannot leak state into
 * each other.
 */
import { before, after } from 'node:test';
import { launchExtension, type LoadedExtension } from './extension';
import { startFixtureServer, type FixtureServer } from './server';

export interface BrowserSession {
  ext: LoadedExtension;
  server: FixtureServer;
}

export function useBrowserSession(ready?: (session: BrowserSession) => Promise<void> | void): BrowserSession {
  const session = {} as BrowserSession;
  before(async () => {
    session.server = await startFixtureServer();
    session.ext = await launchExtension();
    await ready?.(session);
  });
  after(async () => {
    await session.ext?.close();
    await session.server?.close();
  });
  return session;
}
