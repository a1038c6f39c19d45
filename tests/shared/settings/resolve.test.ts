import { hostCandidates, hostFromUrl, normalizeHost } from '../../../src/shared/settings/hostname';
import { resolveSiteSettings } from '../../../src/shared/settings/resolve';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/shared/settings/schema';

const withSites = (sites: Settings['sites'], global: Partial<Settings['global']> = {}): Settings => ({
  ...DEFAULT_SETTINGS,
  global: { ...DEFAULT_SETTINGS.global, ...global },
  sites,
});

describe('hostnames', () => {
  it('walks from the most specific host up, never to a bare TLD', () => {
    expect(hostCandidates('a.shop.example.nl')).toEqual(['a.shop.example.nl', 'shop.example.nl', 'example.nl']);
    expect(hostCandidates('localhost')).toEqual(['localhost']);
    expect(hostCandidates('192.168.1.10')).toEqual(['192.168.1.10']);
  });

  it('normalizes and refuses junk', () => {
    expect(normalizeHost(' Shop.Example.NL. ')).toBe('shop.example.nl');
    expect(normalizeHost('exa mple.nl')).toBeNull();
    expect(normalizeHost('a..b')).toBeNull();
    expect(normalizeHost('')).toBeNull();
    expect(hostFromUrl('https://WWW.Example.nl:8443/p?q#h')).toBe('www.example.nl');
    expect(hostFromUrl('chrome://extensions')).toBeNull();
  });
});

describe('resolveSiteSettings', () => {
  it('each key is decided by the most specific host that sets it', () => {
    const settings = withSites({
      'shop.example.nl': { highlights: false },
      'example.nl': { highlights: true, autoAnalyze: false },
    });
    const resolved = resolveSiteSettings(settings, 'a.shop.example.nl');
    expect(resolved).toMatchObject({ enabled: true, autoAnalyze: false, highlights: false });
    expect(resolved.decidedBy).toEqual({ enabled: null, autoAnalyze: 'example.nl', highlights: 'shop.example.nl' });
  });

  it('null inherits; unrelated hosts never match', () => {
    const settings = withSites({ 'a.example.nl': { enabled: null }, 'notexample.nl': { enabled: false } }, { enabled: false });
    expect(resolveSiteSettings(settings, 'a.example.nl')).toMatchObject({ enabled: false, decidedBy: { enabled: null } });
    expect(resolveSiteSettings(withSites({ 'xample.nl': { enabled: false } }), 'example.nl').enabled).toBe(true);
  });

  it('1,000 sites with overrides resolve correctly', () => {
    const sites: Settings['sites'] = {};
    for (let i = 0; i < 1000; i++) {
      sites[`site${i}.example`] = { highlights: i % 3 === 0, ...(i % 5 === 0 ? { enabled: false } : {}) };
      if (i % 10 === 0) sites[`sub.site${i}.example`] = { highlights: i % 3 !== 0 };
    }
    const settings = withSites(sites);
    for (let i = 0; i < 1000; i++) {
      const deep = resolveSiteSettings(settings, `a.sub.site${i}.example`);
      const subOverrides = i % 10 === 0;
      expect(deep.highlights).toBe(subOverrides ? i % 3 !== 0 : i % 3 === 0);
      expect(deep.decidedBy.highlights).toBe(subOverrides ? `sub.site${i}.example` : `site${i}.example`);
      expect(deep.enabled).toBe(i % 5 !== 0);
      expect(deep.decidedBy.enabled).toBe(i % 5 === 0 ? `site${i}.example` : null);
    }
    expect(resolveSiteSettings(settings, 'elsewhere.example')).toMatchObject({ enabled: true, highlights: true, decidedBy: { highlights: null } });
  });
});
