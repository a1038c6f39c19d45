import double from '../../support/browser-double';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings/schema';
import { SettingsStore } from '../../../src/shared/settings/store';
import { LEGACY_KEY, META_KEY, SHARD_COUNT, shardKey, shardOf } from '../../../src/shared/settings/storage-layout';

const local = double.storage.local;

beforeEach(() => {
  local._raw({});
  local.failNextSet = null;
});

async function loaded(): Promise<SettingsStore> {
  const store = new SettingsStore(local);
  await store.load();
  return store;
}

const noticeKeys = (store: SettingsStore) => store.notices.map((n) => n.key);

describe('SettingsStore.load', () => {
  it('gives the defaults for empty storage, without notices', async () => {
    const store = await loaded();
    expect(store.settings).toEqual(DEFAULT_SETTINGS);
    expect(store.notices).toEqual([]);
  });

  it('migrates a v1 store: flat highlight and disabled sites become v2, and the old key goes', async () => {
    local._raw({ [LEGACY_KEY]: { schemaVersion: 1, highlight: false, autoAnalyze: true, sites: { 'shop.example.nl': { disabled: true }, 'news.example': { disabled: false } } } });
    const store = await loaded();
    expect(store.settings.schemaVersion).toBe(2);
    expect(store.settings.global.highlights).toBe(false);
    expect(store.settings.sites).toEqual({ 'shop.example.nl': { enabled: false } });
    const raw = local._raw();
    expect(LEGACY_KEY in raw).toBe(false);
    expect(raw[META_KEY]).toMatchObject({ schemaVersion: 2, global: { highlights: false } });
    expect(raw[shardKey(shardOf('shop.example.nl'))]).toEqual({ 'shop.example.nl': { enabled: false } });
    // A second load reads the v2 layout and agrees.
    expect((await loaded()).settings).toEqual(store.settings);
  });

  it('a v1 store without a version and with a broken site keeps the good sites', async () => {
    local._raw({ [LEGACY_KEY]: { enabled: true, sites: { 'a.example': { disabled: true }, 'b.example': { disabled: 'maybe' } } } });
    const store = await loaded();
    expect(store.settings.sites).toEqual({ 'a.example': { enabled: false } });
    expect(store.notices).toEqual([{ key: 'options_notice_site_dropped', substitutions: ['b.example'] }]);
  });

  it('resets only the corrupted field of the global settings', async () => {
    local._raw({ [META_KEY]: { schemaVersion: 2, global: { enabled: false, autoAnalyze: 'yes', highlightLevels: { red: true, amber: 7 }, uiLanguage: 'klingon' } } });
    const store = await loaded();
    expect(store.settings.global).toEqual({ ...DEFAULT_SETTINGS.global, enabled: false });
    expect(store.notices.map((n) => n.substitutions[0])).toEqual(['autoAnalyze', 'highlightLevels', 'uiLanguage']);
  });

  it('a wholly non-object global falls back to defaults and says so; sites survive', async () => {
    local._raw({ [META_KEY]: 'garbage', [shardKey(shardOf('keep.example'))]: { 'keep.example': { highlights: false } } });
    const store = await loaded();
    expect(store.settings.global).toEqual(DEFAULT_SETTINGS.global);
    expect(store.settings.sites).toEqual({ 'keep.example': { highlights: false } });
    expect(noticeKeys(store)).toContain('options_notice_global_reset');
  });

  it('a wholly non-object legacy value is replaced by defaults with a notice', async () => {
    local._raw({ [LEGACY_KEY]: 42 });
    const store = await loaded();
    expect(store.settings).toEqual(DEFAULT_SETTINGS);
    expect(noticeKeys(store)).toEqual(['options_notice_settings_reset']);
  });

  it('one bad site entry drops only that site; a broken shard drops only its sites', async () => {
    const good = 'good.example';
    const brokenShard = (shardOf(good) + 1) % SHARD_COUNT;
    local._raw({
      [META_KEY]: { schemaVersion: 2, global: {} },
      [shardKey(shardOf(good))]: { [good]: { enabled: false }, 'bad host!': { enabled: false } },
      [shardKey(brokenShard)]: ['not', 'an', 'object'],
    });
    const store = await loaded();
    expect(store.settings.sites).toEqual({ [good]: { enabled: false } });
    expect(noticeKeys(store).sort()).toEqual(['options_notice_site_dropped', 'options_notice_sites_part_reset']);
  });

  it('notices from a repair survive a restart until dismissed', async () => {
    local._raw({ [META_KEY]: { schemaVersion: 2, global: { highlights: 'loud' } } });
    await loaded();
    const restarted = await loaded();
    expect(restarted.notices).toEqual([{ key: 'options_notice_field_reset', substitutions: ['highlights'] }]);
    await restarted.dismissNotices();
    expect(restarted.notices).toEqual([]);
    expect((await loaded()).notices).toEqual([]);
  });

  it('a newer schema is read as far as understood, with a notice', async () => {
    local._raw({ [META_KEY]: { schemaVersion: 9, global: { highlights: false } } });
    const store = await loaded();
    expect(store.settings.global.highlights).toBe(false);
    expect(noticeKeys(store)).toEqual(['options_notice_newer_version']);
  });
});

describe('SettingsStore saving', () => {
  it('writes only the changed site shard and the meta key', async () => {
    const store = await loaded();
    await store.setSite('a.example', { enabled: false });
    const before = structuredClone(local._raw());
    await store.setSite('b.example', { highlights: false });
    const after = local._raw();
    const changed = Object.keys(after).filter((k) => JSON.stringify(after[k]) !== JSON.stringify(before[k]));
    expect(changed).toEqual([shardKey(shardOf('b.example'))]);
  });

  it('an override with nothing set removes the site (sparse overrides)', async () => {
    const store = await loaded();
    await store.setSite('A.Example.', { enabled: false });
    expect(store.settings.sites).toEqual({ 'a.example': { enabled: false } });
    await store.setSite('a.example', { enabled: null });
    expect(store.settings.sites).toEqual({});
  });

  it('a quota error is reported, keeps the change in memory and loses no other site', async () => {
    const store = await loaded();
    await store.setSite('keep.example', { enabled: false });
    local.failNextSet = new Error('QUOTA_BYTES quota exceeded');
    const result = await store.setSite('new.example', { highlights: false });
    expect(result).toEqual({ saved: false, error: 'QUOTA_BYTES quota exceeded' });
    expect(store.settings.sites).toEqual({ 'keep.example': { enabled: false }, 'new.example': { highlights: false } });
    expect(noticeKeys(store)).toContain('options_notice_save_failed');
    expect((await loaded()).settings.sites).toEqual({ 'keep.example': { enabled: false } });
    // The next successful save clears the notice.
    expect((await store.setGlobal({ autoAnalyze: false })).saved).toBe(true);
    expect(noticeKeys(store)).not.toContain('options_notice_save_failed');
  });

  it('storage that cannot be read at all gives defaults and a notice, never a throw', async () => {
    const store = new SettingsStore({ get: () => Promise.reject(new Error('boom')), set: async () => undefined, remove: async () => undefined });
    await store.load();
    expect(store.settings).toEqual(DEFAULT_SETTINGS);
    expect(noticeKeys(store)).toEqual(['options_notice_load_failed']);
  });

  it('1,000 sites survive a round trip through storage', async () => {
    const store = await loaded();
    for (let i = 0; i < 1000; i++) await store.setSite(`site${i}.example.nl`, { highlights: i % 2 === 0 });
    const again = await loaded();
    expect(Object.keys(again.settings.sites)).toHaveLength(1000);
    expect(again.settings.sites['site7.example.nl']).toEqual({ highlights: false });
    expect(again.notices).toEqual([]);
  });
});
