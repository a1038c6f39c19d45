/**
 * The manifest is a promise to the user: a new permission, a remote script source or
 * a web-accessible resource must be a deliberate change that breaks this test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const manifest = JSON.parse(readFileSync(join(__dirname, '..', 'manifest.json'), 'utf8'));

describe('manifest.json', () => {
  it('asks only for storage and activeTab, with no host permissions', () => {
    expect([...manifest.permissions].sort()).toEqual(['activeTab', 'storage']);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.optional_permissions).toBeUndefined();
    expect(manifest.optional_host_permissions).toBeUndefined();
  });

  it('exposes nothing to web pages', () => {
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
  });

  it('allows no remote code and no network from extension pages', () => {
    const csp: string = manifest.content_security_policy.extension_pages;
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).toMatch(/connect-src 'none'/);
    expect(csp).not.toMatch(/https?:|unsafe-eval|unsafe-inline|wasm-unsafe-eval/);
  });

  it('runs one content script on http(s) pages only, in the top frame, when the page is idle', () => {
    expect(manifest.content_scripts).toHaveLength(1);
    const [script] = manifest.content_scripts;
    expect(script.matches).toEqual(['http://*/*', 'https://*/*']);
    expect(script.all_frames).toBe(false);
    expect(script.run_at).toBe('document_idle');
  });

  it('is MV3 with a module service worker, a popup and an options page', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.background).toEqual({ service_worker: 'src/background/index.ts', type: 'module' });
    expect(manifest.action.default_popup).toBe('src/popup/index.html');
    expect(manifest.options_ui.page).toBe('src/options/index.html');
  });

  it('has every __MSG_ key in both locales', () => {
    const keys = [...JSON.stringify(manifest).matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);
    for (const lang of ['en', 'nl']) {
      const messages = JSON.parse(readFileSync(join(__dirname, '..', 'public', '_locales', lang, 'messages.json'), 'utf8'));
      for (const key of keys) expect(messages[key]?.message).toBeTruthy();
    }
  });
});
