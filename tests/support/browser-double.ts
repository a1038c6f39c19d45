/**
 * An in-memory stand-in for `webextension-polyfill` in unit tests (the real one
 * throws outside an extension). Records what code under test asked of the browser.
 */
type Listener = (...args: unknown[]) => unknown;

function event() {
  const listeners = new Set<Listener>();
  return {
    listeners,
    addListener: (fn: Listener) => void listeners.add(fn),
    removeListener: (fn: Listener) => void listeners.delete(fn),
    hasListener: (fn: Listener) => listeners.has(fn),
    /**
     * Calls every listener as the browser would: with a `sendResponse` last, and a
     * listener that returns `true` answers through it (the reply becomes a promise).
     */
    emit: (...args: unknown[]) =>
      [...listeners].map((fn) => {
        let respond: (reply: unknown) => void = () => undefined;
        const replied = new Promise<unknown>((resolve) => (respond = resolve));
        const out = fn(...args, respond);
        return out === true ? replied : out;
      }),
  };
}

/** jsdom test environments have no structuredClone; stored values are JSON-like anyway. */
function clone<T>(value: T): T {
  return typeof structuredClone === 'function' ? structuredClone(value) : (value === undefined ? value : JSON.parse(JSON.stringify(value)));
}

function storageArea(name: string, onChanged: ReturnType<typeof event>) {
  let data: Record<string, unknown> = {};
  const area = {
    /** Tests may set this to make the next `set` fail like a full quota. */
    failNextSet: null as Error | null,
    async get(keys?: string | string[] | Record<string, unknown> | null) {
      const copy = clone(data);
      if (keys == null) return copy;
      if (typeof keys === 'string') return keys in copy ? { [keys]: copy[keys] } : {};
      if (Array.isArray(keys)) return Object.fromEntries(keys.filter((k) => k in copy).map((k) => [k, copy[k]]));
      return Object.fromEntries(Object.entries(keys).map(([k, d]) => [k, k in copy ? copy[k] : d]));
    },
    async set(items: Record<string, unknown>) {
      if (area.failNextSet) {
        const error = area.failNextSet;
        area.failNextSet = null;
        throw error;
      }
      const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
      for (const [k, v] of Object.entries(items)) {
        changes[k] = { oldValue: data[k], newValue: clone(v) };
        data[k] = clone(v);
      }
      onChanged.emit(changes, name);
    },
    async remove(keys: string | string[]) {
      for (const k of Array.isArray(keys) ? keys : [keys]) delete data[k];
    },
    async clear() {
      data = {};
    },
    /** Test helper: replace the raw contents, bypassing validation. */
    _raw(next?: Record<string, unknown>) {
      if (next) data = clone(next);
      return data;
    },
  };
  return area;
}

const storageChanged = event();

function loadLocale(lang: string): Record<string, { message: string }> {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require(`../../public/_locales/${lang}/messages.json`);
  } catch {
    return {};
  }
}

export const calls: { method: string; args: unknown[] }[] = [];
const record = (method: string) => async (...args: unknown[]) => void calls.push({ method, args });

const browser = {
  runtime: {
    id: 'test-extension-id',
    getURL: (path: string) => `chrome-extension://test-extension-id/${path.replace(/^\//, '')}`,
    getManifest: () => ({ manifest_version: 3, version: '0.0.0-test' }),
    onMessage: event(),
    onInstalled: event(),
    onStartup: event(),
    /** Tests replace this to answer `runtime.sendMessage`. */
    sendMessageHandler: (async () => undefined) as (message: unknown) => Promise<unknown>,
    sendMessage: (message: unknown) => browser.runtime.sendMessageHandler(message),
    openOptionsPage: record('runtime.openOptionsPage'),
  },
  storage: {
    onChanged: storageChanged,
    local: storageArea('local', storageChanged),
    session: storageArea('session', storageChanged),
    sync: storageArea('sync', storageChanged),
  },
  i18n: {
    uiLanguage: 'en',
    getUILanguage: () => browser.i18n.uiLanguage,
    getMessage: (key: string, substitutions?: string | string[]) => {
      const entry = loadLocale('en')[key];
      if (!entry) return '';
      const subs = substitutions == null ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
      return entry.message.replace(/\$(\d)/g, (_m, n: string) => subs[Number(n) - 1] ?? '');
    },
  },
  tabs: {
    query: async (_q: unknown) => [] as unknown[],
    get: async (id: number) => ({ id, url: 'https://example.test/' as string | undefined }),
    sendMessageHandler: (async () => undefined) as (tabId: number, message: unknown) => Promise<unknown>,
    sendMessage: (tabId: number, message: unknown) => browser.tabs.sendMessageHandler(tabId, message),
    create: record('tabs.create'),
    onRemoved: event(),
    onUpdated: event(),
  },
  action: {
    setBadgeText: record('action.setBadgeText'),
    setBadgeBackgroundColor: record('action.setBadgeBackgroundColor'),
    setBadgeTextColor: record('action.setBadgeTextColor'),
    setTitle: record('action.setTitle'),
  },
};

export default browser;
