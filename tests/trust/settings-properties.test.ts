/**
 * Whatever storage.local holds — hand-edited, corrupted by another program, written by a
 * newer or older release — loading gives valid settings, says what it replaced, and never
 * costs a site whose own entry was fine. Properties over any JSON value (fast-check).
 */
import fc from 'fast-check';
import { exportSettings, importSettings } from '../../src/shared/settings/io';
import { SettingsStore } from '../../src/shared/settings/store';
import { LEGACY_KEY, META_KEY, SHARD_COUNT, shardKey, shardOf, type StorageAreaLike } from '../../src/shared/settings/storage-layout';

const KEEP_HOST = 'keep.example.nl';
const KEEP_OVERRIDE = { highlights: false, enabled: true };
const KEEP_SHARD = shardOf(KEEP_HOST);

class MemoryArea implements StorageAreaLike {
  constructor(public data: Record<string, unknown>) {}
  async get(keys: string[]) {
    return Object.fromEntries(keys.filter((key) => key in this.data).map((key) => [key, structuredClone(this.data[key])]));
  }
  async set(items: Record<string, unknown>) {
    for (const [key, value] of Object.entries(items)) this.data[key] = structuredClone(value);
  }
  async remove(keys: string | string[]) {
    for (const key of Array.isArray(keys) ? keys : [keys]) delete this.data[key];
  }
}

async function load(data: Record<string, unknown>) {
  const area = new MemoryArea(data);
  const store = new SettingsStore(area);
  await store.load();
  return { store, area };
}

/** Valid means: the strict importer accepts an export of it unchanged. */
function expectValid(store: SettingsStore): void {
  const again = importSettings(exportSettings(store.settings));
  expect(again).toEqual({ ok: true, settings: store.settings });
}

const json = fc.jsonValue({ maxDepth: 3 });
const looseBoolean = fc.oneof(fc.boolean(), fc.constantFrom(null, 'true', 0, 1, [], {}), json);
const globalish = fc.record(
  {
    enabled: looseBoolean,
    autoAnalyze: looseBoolean,
    highlights: looseBoolean,
    highlightLevels: fc.oneof(fc.record({ red: looseBoolean, amber: looseBoolean, green: looseBoolean }, { requiredKeys: [] }), json),
    uiLanguage: fc.oneof(fc.constantFrom('auto', 'en', 'nl', 'klingon', ''), json),
  },
  { requiredKeys: [] },
);
/** The meta key as a person editing it, or a program corrupting it, might leave it. */
const metaValue = fc.oneof(
  json,
  fc.record(
    { schemaVersion: fc.oneof(fc.constantFrom(0, 1, 2, 3, 99, -1, 1.5, '2', null), json), global: fc.oneof(globalish, json) },
    { requiredKeys: [] },
  ),
);
const hostKey = fc.oneof(fc.domain(), fc.string({ maxLength: 20 }), fc.constantFrom('', '..', 'EXAMPLE.COM.', '[::1]', 'a b', '__proto__', 'constructor'));
const shardValue = fc.oneof(json, fc.dictionary(hostKey, fc.oneof(fc.record({ enabled: looseBoolean, highlights: looseBoolean, autoAnalyze: looseBoolean }, { requiredKeys: [] }), json), { maxKeys: 6 }));
/** Every shard but the one holding KEEP_HOST, each absent or holding anything. */
const otherShards = fc.array(fc.option(shardValue, { nil: undefined }), { minLength: SHARD_COUNT, maxLength: SHARD_COUNT });

function storeWith(meta: unknown, shards: unknown[]): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  if (meta !== undefined) data[META_KEY] = meta;
  shards.forEach((value, index) => {
    if (index !== KEEP_SHARD && value !== undefined) data[shardKey(index)] = value;
  });
  data[shardKey(KEEP_SHARD)] = { [KEEP_HOST]: KEEP_OVERRIDE };
  return data;
}

describe('settings load on any stored JSON', () => {
  it('gives valid settings and keeps a site whose own entry was fine', async () => {
    await fc.assert(
      fc.asyncProperty(fc.option(metaValue, { nil: undefined }), otherShards, async (meta, shards) => {
        const { store } = await load(storeWith(meta, shards));
        expectValid(store);
        expect(store.settings.sites[KEEP_HOST]).toEqual(KEEP_OVERRIDE);
      }),
      { numRuns: 400 },
    );
  });

  it('says when it replaced something: a non-object meta key or shard leaves a notice', async () => {
    await fc.assert(
      fc.asyncProperty(json, fc.integer({ min: 0, max: SHARD_COUNT - 1 }), json, async (meta, index, shard) => {
        fc.pre(index !== KEEP_SHARD);
        const isObject = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);
        const { store } = await load(storeWith(meta, Array.from({ length: SHARD_COUNT }, (_, i) => (i === index ? shard : undefined))));
        const keys = store.notices.map((n) => n.key);
        if (!isObject(meta)) expect(keys).toContain('options_notice_global_reset');
        if (!isObject(shard)) expect(keys).toContain('options_notice_sites_part_reset');
        expect(store.settings.sites[KEEP_HOST]).toEqual(KEEP_OVERRIDE);
      }),
      { numRuns: 200 },
    );
  });

  it('repairs storage once: loading what the repair wrote gives the same settings', async () => {
    await fc.assert(
      fc.asyncProperty(fc.option(metaValue, { nil: undefined }), otherShards, async (meta, shards) => {
        const first = await load(storeWith(meta, shards));
        const second = await load(first.area.data);
        expect(second.store.settings).toEqual(first.store.settings);
      }),
      { numRuns: 200 },
    );
  });

  it('a legacy (v1) key holding anything gives valid settings', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(json, fc.record({ schemaVersion: fc.constantFrom(1, undefined), enabled: looseBoolean, highlight: looseBoolean, sites: fc.oneof(json, fc.dictionary(hostKey, fc.record({ disabled: looseBoolean }, { requiredKeys: [] }))) }, { requiredKeys: [] })),
        async (legacy) => {
          const { store } = await load({ [LEGACY_KEY]: legacy });
          expectValid(store);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('a v2 meta key that claims schema 1 does not make the sharded sites vanish', async () => {
    // Defect found 2026-11-22 by the property above: the v1 migration used to drop every site.
    const { store } = await load(storeWith({ schemaVersion: 1, global: { highlights: false } }, []));
    expect(store.settings.sites[KEEP_HOST]).toEqual(KEEP_OVERRIDE);
    expect(store.settings.global.highlights).toBe(false);
    expect(store.notices).toContainEqual({ key: 'options_notice_field_reset', substitutions: ['schemaVersion'] });
    expectValid(store);
  });
});
