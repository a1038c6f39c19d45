/**
 * The settings model over a storage area: load → migrate → validate → fill defaults,
 * and saves that survive a full quota. The in-memory copy is the truth while the worker
 * lives; storage is brought up to date one shard at a time.
 */
import { normalizeHost } from './hostname';
import { migrateSettings } from './migrate';
import { defaultSettings, isEmptyOverride, sanitizeOverride, sanitizeSettings } from './sanitize';
import type { GlobalSettings, Settings, SettingsNotice, SiteOverride } from './schema';
import { ALL_KEYS, LEGACY_KEY, NOTICES_KEY, assemble, itemsFor, shardOf, storedNotices, type StorageAreaLike } from './storage-layout';

export interface SaveResult {
  saved: boolean;
  /** Why saving failed (e.g. the quota), for the UI; the change still applies in memory. */
  error?: string;
}

export class SettingsStore {
  private current: Settings = defaultSettings();
  private loadNotices: SettingsNotice[] = [];
  private saveNotice: SettingsNotice | null = null;
  /** Saves run one after another so an older write never lands after a newer one. */
  private saving: Promise<unknown> = Promise.resolve();

  constructor(private readonly area: StorageAreaLike) {}

  get settings(): Settings {
    return this.current;
  }

  get notices(): SettingsNotice[] {
    return this.saveNotice ? [...this.loadNotices, this.saveNotice] : [...this.loadNotices];
  }

  /** Never throws: unreadable storage means defaults and a notice. */
  async load(): Promise<void> {
    let items: Record<string, unknown>;
    try {
      items = await this.area.get([...ALL_KEYS]);
    } catch (error) {
      this.current = defaultSettings();
      this.loadNotices = [{ key: 'options_notice_load_failed', substitutions: [messageOf(error)] }];
      return;
    }
    const assembled = assemble(items);
    const migrated = migrateSettings(assembled.raw);
    const sanitized = sanitizeSettings(migrated.value);
    this.current = sanitized.settings;
    const fresh = [...assembled.notices, ...migrated.notices, ...sanitized.notices];
    this.loadNotices = [...storedNotices(items[NOTICES_KEY]), ...fresh];
    if (assembled.needsRewrite || fresh.length > 0) {
      // The repair is written back; its notices are kept beside it until the user read them.
      const result = await this.write(undefined, fresh.length > 0 ? this.loadNotices : undefined);
      if (result.saved && assembled.fromLegacy) await this.area.remove(LEGACY_KEY).catch(() => undefined);
    }
  }

  async dismissNotices(): Promise<void> {
    this.loadNotices = [];
    await this.area.remove(NOTICES_KEY).catch(() => undefined);
  }

  async setGlobal(patch: Partial<GlobalSettings>): Promise<SaveResult> {
    const global = { ...this.current.global, ...patch, highlightLevels: { ...this.current.global.highlightLevels, ...patch.highlightLevels } };
    this.current = { ...this.current, global };
    return this.write(new Set());
  }

  /** `null`, or an override with nothing set, removes the site (sparse: absent means inherit). */
  async setSite(hostInput: string, override: SiteOverride | null): Promise<SaveResult> {
    const host = normalizeHost(hostInput);
    if (host === null) return { saved: false, error: `not a hostname: ${hostInput.slice(0, 100)}` };
    const clean = override === null ? null : sanitizeOverride(override);
    const sites = { ...this.current.sites };
    if (clean === null || isEmptyOverride(clean)) delete sites[host];
    else sites[host] = clean;
    this.current = { ...this.current, sites };
    return this.write(new Set([shardOf(host)]));
  }

  async resetAll(): Promise<SaveResult> {
    this.current = defaultSettings();
    this.loadNotices = [];
    return this.write(undefined, []);
  }

  /** Replaces everything (an import, already validated). */
  async replace(settings: Settings): Promise<SaveResult> {
    this.current = settings;
    this.loadNotices = [];
    return this.write(undefined, []);
  }

  /** `shards` undefined: all of them. `notices` given: stored with the same write. */
  private write(shards: ReadonlySet<number> | undefined, notices?: SettingsNotice[]): Promise<SaveResult> {
    const items = itemsFor(this.current, shards);
    if (notices) items[NOTICES_KEY] = notices;
    const run = this.saving.then(async (): Promise<SaveResult> => {
      try {
        await this.area.set(items);
        this.saveNotice = null;
        return { saved: true };
      } catch (error) {
        this.saveNotice = { key: 'options_notice_save_failed', substitutions: [messageOf(error)] };
        return { saved: false, error: messageOf(error) };
      }
    });
    this.saving = run;
    return run;
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
