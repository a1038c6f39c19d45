/**
 * A DevTools session on the extension's service worker. Playwright's Worker has no CDP
 * session of its own and a persistent context has no browser session, so a page's
 * session attaches to the worker target (non-flattened) and relays the commands.
 */
import type { BrowserContext, CDPSession } from 'playwright-core';

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

export interface WorkerSession {
  send<T>(method: string, params?: Record<string, unknown>): Promise<T>;
  detach(): Promise<void>;
}

export async function attachToServiceWorker(context: BrowserContext, extensionId: string): Promise<WorkerSession> {
  const page = context.pages()[0] ?? (await context.newPage());
  const cdp: CDPSession = await context.newCDPSession(page);
  const { targetInfos } = await cdp.send('Target.getTargets');
  const target = (targetInfos as TargetInfo[]).find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`));
  if (!target) throw new Error('no running service worker target for the extension');
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });

  let nextId = 1;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  cdp.on('Target.receivedMessageFromTarget', (event: { sessionId?: string; message: string }) => {
    if (event.sessionId !== sessionId) return;
    const message = JSON.parse(event.message) as { id?: number; result?: unknown; error?: { message: string } };
    const waiter = message.id === undefined ? undefined : pending.get(message.id);
    if (!waiter || message.id === undefined) return;
    pending.delete(message.id);
    if (message.error) waiter.reject(new Error(message.error.message));
    else waiter.resolve(message.result);
  });

  return {
    send<T>(method: string, params: Record<string, unknown> = {}): Promise<T> {
      const id = nextId++;
      const reply = new Promise<T>((resolve, reject) => pending.set(id, { resolve: resolve as (v: unknown) => void, reject }));
      void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
      return reply;
    },
    async detach() {
      await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
      await cdp.detach().catch(() => undefined);
    },
  };
}

/** The worker's used JS heap after a forced garbage collection. */
export async function heapAfterGc(session: WorkerSession): Promise<number> {
  await session.send('HeapProfiler.enable');
  await session.send('HeapProfiler.collectGarbage');
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = await session.send<{ usedSize: number; totalSize: number }>('Runtime.getHeapUsage');
  return usedSize;
}
