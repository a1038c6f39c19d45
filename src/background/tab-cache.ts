/**
 * What each tab shows, keyed by tab id and checked against the tab's URL on every read.
 * Memory answers; storage.session mirrors it so a worker that was stopped (MV3 does that
 * after ~30 s idle) shows the last result at once when it wakes. Session storage is cleared
 * with the browser, so nothing about the pages a user read outlives the session.
 */
import browser from 'webextension-polyfill';
import type { PageReport, TabState } from '../shared/messages';
import { isRecord } from '../shared/validate';

export interface TabEntry {
  /** The document the entry is about; a different URL in the tab makes it stale. */
  url: string;
  state: TabState;
  /** The last report for `url`, reused when the same text comes again (same hash). */
  report?: PageReport;
  /** When `state` was set (an analysis that never reports back times out). */
  since: number;
}

const PREFIX = 'tab.';
const keyOf = (tabId: number) => `${PREFIX}${tabId}`;

function isTabEntry(value: unknown): value is TabEntry {
  return isRecord(value) && typeof value.url === 'string' && isRecord(value.state) && typeof value.state.kind === 'string' && typeof value.since === 'number';
}

export class TabCache {
  private readonly entries = new Map<number, TabEntry>();
  /** Bumped on every navigation or close: an analysis started under an older epoch is stale. */
  private readonly epochs = new Map<number, number>();

  /** Reads what an earlier worker instance left in storage.session. */
  async load(): Promise<void> {
    let stored: Record<string, unknown> = {};
    try {
      stored = await browser.storage.session.get(null);
    } catch {
      return; // Without session storage we start empty; the next analysis fills memory.
    }
    for (const [key, value] of Object.entries(stored)) {
      const tabId = Number(key.slice(PREFIX.length));
      if (key.startsWith(PREFIX) && Number.isSafeInteger(tabId) && isTabEntry(value) && !this.entries.has(tabId)) {
        // An analysis the previous instance was running died with it: offer to start again.
        const state = value.state.kind === 'analysing' ? { kind: 'idle' as const, url: value.url } : value.state;
        this.entries.set(tabId, { ...value, state });
      }
    }
  }

  get(tabId: number): TabEntry | undefined {
    return this.entries.get(tabId);
  }

  epoch(tabId: number): number {
    return this.epochs.get(tabId) ?? 0;
  }

  knownTabs(): [number, TabEntry][] {
    return [...this.entries];
  }

  async put(tabId: number, entry: TabEntry): Promise<void> {
    this.entries.set(tabId, entry);
    // A full session quota costs only the restart shortcut; memory still answers.
    await browser.storage.session.set({ [keyOf(tabId)]: entry }).catch(() => undefined);
  }

  async drop(tabId: number): Promise<void> {
    this.epochs.set(tabId, this.epoch(tabId) + 1);
    this.entries.delete(tabId);
    await browser.storage.session.remove(keyOf(tabId)).catch(() => undefined);
  }
}
