/**
 * The fixture web server for the browser tier: 127.0.0.1 only, random port.
 * Serves each seed as a policy page, the hand-written fixture pages, and a few
 * ordinary pages; records every request it receives.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, basename } from 'node:path';
import type { AddressInfo } from 'node:net';
import { seedToHtml } from './seed-page';

const ROOT = join(import.meta.dirname, '..', '..', '..');
export const SEED_DIR = join(ROOT, 'seeds');
const FIXTURE_DIR = join(ROOT, 'tests', 'fixtures', 'pages');
/** Pages that attack the extension (tests/e2e/trust-*.test.ts). */
const HOSTILE_DIR = join(ROOT, 'tests', 'fixtures', 'hostile');

export const seedIds = (): string[] =>
  readdirSync(SEED_DIR).filter((f) => f.endsWith('.txt')).map((f) => basename(f, '.txt')).sort();

const ARTICLE = Array.from({ length: 60 }, (_, i) =>
  `<p>Paragraph ${i + 1}. The river valley was quiet in the early morning, and the walkers followed the old towpath past the locks, the mills and the orchards, talking about the weather, the harvest and the long road home.</p>`,
).join('\n');

const ORDINARY: Record<string, string> = {
  '/': '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Example Shop</title></head><body><header><nav><a href="/products">Products</a></nav></header><main><h1>Welcome to Example Shop</h1><p>Fresh bread every morning, delivered to your door.</p></main><footer><a href="/privacy">Privacy</a></footer></body></html>',
  '/article': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A walk along the river</title></head><body><main><article><h1>A walk along the river</h1>${ARTICLE}</article></main></body></html>`,
  '/products': '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Products</title></head><body><main><h1>Products</h1><ul><li>Sourdough</li><li>Rye</li><li>Spelt</li></ul></main></body></html>',
};

export interface FixtureServer {
  origin: string;
  /** Paths requested so far, in order. */
  requests: string[];
  close(): Promise<void>;
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    requests.push(path);
    const send = (status: number, body: string, type = 'text/html; charset=utf-8') => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
    };
    const seed = /^\/seeds\/([\w-]+)\.html$/.exec(path);
    if (seed && existsSync(join(SEED_DIR, `${seed[1]}.txt`))) {
      return send(200, seedToHtml(readFileSync(join(SEED_DIR, `${seed[1]}.txt`), 'utf8')));
    }
    const fixture = /^\/fixtures\/([\w.-]+\.html)$/.exec(path);
    if (fixture && existsSync(join(FIXTURE_DIR, fixture[1]!))) {
      return send(200, readFileSync(join(FIXTURE_DIR, fixture[1]!), 'utf8'));
    }
    const hostile = /^\/hostile\/([\w.-]+\.html)$/.exec(path);
    if (hostile && existsSync(join(HOSTILE_DIR, hostile[1]!))) {
      return send(200, readFileSync(join(HOSTILE_DIR, hostile[1]!), 'utf8'));
    }
    if (path === '/favicon.ico') return send(204, '', 'image/x-icon');
    const page = ORDINARY[path];
    return page ? send(200, page) : send(404, '<!doctype html><title>Not found</title><p>Not found</p>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
