/**
 * The content script is disposable (STYLE.md, "Touching the page"): one instance
 * per page, torn down completely when a newer copy starts or the extension's
 * context goes away (update, reload, uninstall).
 */
import { runtimeId } from './runtime';

/** Lives in the isolated world's global: the page cannot see or set it. */
const INSTANCE_KEY = Symbol.for('privacy-lights.content');

interface Instance {
  teardown(): void;
}

type GlobalWithInstance = typeof globalThis & { [INSTANCE_KEY]?: Instance };

/**
 * The guard against running twice. A copy injected again into the same world
 * (extension reloaded, script re-run) replaces the old one instead of stacking.
 */
export function claimPage(instance: Instance): void {
  const global = globalThis as GlobalWithInstance;
  const previous = global[INSTANCE_KEY];
  if (previous && previous !== instance) {
    try {
      previous.teardown();
    } catch {
      // The old copy's context is gone; its listeners die with it.
    }
  }
  global[INSTANCE_KEY] = instance;
}

export function releasePage(instance: Instance): void {
  const global = globalThis as GlobalWithInstance;
  if (global[INSTANCE_KEY] === instance) delete global[INSTANCE_KEY];
}

/** False once the extension was reloaded or removed: `runtime.id` then reads undefined or throws. */
export function contextAlive(): boolean {
  try {
    const id = runtimeId();
    return typeof id === 'string' && id.length > 0;
  } catch {
    return false;
  }
}

/** Cleanup callbacks run once, newest first; errors in one never skip the rest. */
export class Disposer {
  private readonly callbacks: (() => void)[] = [];
  private disposed = false;

  add(callback: () => void): void {
    if (this.disposed) callback();
    else this.callbacks.push(callback);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    for (const callback of this.callbacks.splice(0).reverse()) {
      try {
        callback();
      } catch {
        // Keep tearing down.
      }
    }
  }
}
