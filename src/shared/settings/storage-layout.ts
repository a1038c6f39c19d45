/**
 * Where settings live in storage.local. The site list is split over SHARD_COUNT keys by a
 * hash of the host: changing one site rewrites one shard (not the whole list), and a
 * corrupted shard costs only its own sites. storage.local allows ~10 MB without the
 * "unlimitedStorage" permission and has no per-item cap, so 16 shards hold MAX_SITES easily.
 */
import { fnv1a } from '../hash';
import { isRecord } from './migrate';
import type { Settings, SettingsNotice } from './schema';

export const LEGACY_KEY = 'settings';
export const META_KEY = 'settings.global';
/** Notices from a repair, kept until the user has read them (the worker may restart before). */
export const NOTICES_KEY = 'settings.notices';
export const SHARD_COUNT = 16;
export const shardKey = (index: number): string => `settings.sites.${index}`;
export const shardOf = (host: string): number => fnv1a(host) % SHARD_COUNT;
export const ALL_KEYS: readonly string[] = [LEGACY_KEY, META_KEY, NOTICES_KEY, ...Array.from({ length: SHARD_COUNT }, (_, i) => shardKey(i))];

export interface StorageAreaLike {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export interface Assembled {
  /** The logical settings object as stored, before migration and validation. */
  raw: unknown;
  fromLegacy: boolean;
  /** A host sat in the wrong shard or a shard was broken: rewrite everything once. */
  needsRewrite: boolean;
  notices: SettingsNotice[];
}

/** Stored notices, or none if the stored value is not a list of them. */
export function storedNotices(value: unknown): SettingsNotice[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (n): n is SettingsNotice => isRecord(n) && typeof n.key === 'string' && Array.isArray(n.substitutions) && n.substitutions.every((s) => typeof s === 'string'),
  );
}

/** Reassembles the logical object from the stored keys, without judging the values. */
export function assemble(items: Record<string, unknown>): Assembled {
  const notices: SettingsNotice[] = [];
  if (!(META_KEY in items) && LEGACY_KEY in items) {
    return { raw: items[LEGACY_KEY], fromLegacy: true, needsRewrite: true, notices };
  }
  let needsRewrite = false;
  const meta = items[META_KEY];
  if (meta !== undefined && !isRecord(meta)) {
    notices.push({ key: 'options_notice_global_reset', substitutions: [] });
    needsRewrite = true;
  }
  const sites: Record<string, unknown> = {};
  for (let i = 0; i < SHARD_COUNT; i++) {
    const shard = items[shardKey(i)];
    if (shard === undefined) continue;
    if (!isRecord(shard)) {
      notices.push({ key: 'options_notice_sites_part_reset', substitutions: [] });
      needsRewrite = true;
      continue;
    }
    for (const [host, override] of Object.entries(shard)) {
      if (shardOf(host) !== i) needsRewrite = true;
      sites[host] = override;
    }
  }
  const metaRecord = isRecord(meta) ? meta : {};
  // The sharded layout exists only from schema 2: a lower or non-numeric version here is a
  // hand edit, not a v1 store, and must not send the shards through the v1 migration
  // (which would drop every site). Found by tests/trust/settings-properties.test.ts.
  const stored = metaRecord.schemaVersion;
  const schemaVersion = typeof stored === 'number' && stored > 2 ? stored : 2;
  if (stored !== undefined && stored !== schemaVersion) {
    notices.push({ key: 'options_notice_field_reset', substitutions: ['schemaVersion'] });
    needsRewrite = true;
  }
  const raw = meta === undefined && Object.keys(sites).length === 0 ? undefined : { schemaVersion, global: metaRecord.global, sites };
  return { raw, fromLegacy: false, needsRewrite, notices };
}

/** The storage items for `settings`: the meta key and the shards named (all when omitted). */
export function itemsFor(settings: Settings, shards?: ReadonlySet<number>): Record<string, unknown> {
  const items: Record<string, unknown> = { [META_KEY]: { schemaVersion: settings.schemaVersion, global: settings.global } };
  const wanted = shards ?? new Set(Array.from({ length: SHARD_COUNT }, (_, i) => i));
  for (const index of wanted) items[shardKey(index)] = {};
  for (const [host, override] of Object.entries(settings.sites)) {
    const index = shardOf(host);
    if (wanted.has(index)) (items[shardKey(index)] as Record<string, unknown>)[host] = override;
  }
  return items;
}
