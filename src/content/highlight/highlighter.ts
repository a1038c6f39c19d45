/**
 * Marks evidence sentences without touching the page's DOM.
 *
 * Primary: the CSS Custom Highlight API, one Highlight per level, styled by a
 * constructed stylesheet adopted on the document. The registry (`CSS.highlights`)
 * and adopted sheets ARE visible to page scripts: a page can list the names and
 * so learn that some extension highlighted text. We accept that (SECURITY.md)
 * and limit it: names carry a per-page random suffix, so a page cannot probe for a
 * fixed name, and nothing is registered until there is something to mark.
 *
 * Fallback (no CSS.highlights or adoptedStyleSheets): boxes from
 * Range.getClientRects in our own closed shadow host; page text is never wrapped.
 */
import type { Level } from '../../classifier/types';
import type { Mark } from '../marks';
import { createOverlayHighlighter } from './overlay';
import { FLASH_MS, highlightCss } from './styles';

export interface Highlighter {
  readonly kind: 'css' | 'overlay';
  show(marks: readonly Mark[]): void;
  /** A temporary mark on one range ("show in page"). */
  flash(range: Range): void;
  clear(): void;
  destroy(): void;
}

interface HighlightConstructor {
  new (...ranges: AbstractRange[]): { add(range: AbstractRange): unknown; priority: number };
}
interface HighlightRegistryLike {
  set(name: string, highlight: unknown): unknown;
  delete(name: string): boolean;
}

function randomSuffix(view: Window): string {
  const bytes = new Uint8Array(6);
  view.crypto.getRandomValues(bytes);
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

function highlightApi(view: Window): { registry: HighlightRegistryLike; Highlight: HighlightConstructor } | null {
  const scope = view as unknown as { CSS?: { highlights?: HighlightRegistryLike }; Highlight?: HighlightConstructor };
  const registry = scope.CSS?.highlights;
  const Highlight = scope.Highlight;
  return registry && typeof Highlight === 'function' ? { registry, Highlight } : null;
}

/** Adopts our sheet; null where constructed sheets cannot be adopted (old engines, some isolated worlds). */
function adoptSheet(doc: Document, css: string): (() => void) | null {
  const view = doc.defaultView;
  if (!view || !('adoptedStyleSheets' in doc) || typeof view.CSSStyleSheet !== 'function') return null;
  try {
    const sheet = new view.CSSStyleSheet();
    sheet.replaceSync(css);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    return () => {
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
    };
  } catch {
    return null;
  }
}

function createCssHighlighter(doc: Document, view: Window, api: NonNullable<ReturnType<typeof highlightApi>>): Highlighter {
  const suffix = randomSuffix(view);
  const names: Record<Level | 'flash', string> = {
    red: `pl-r${suffix}`,
    amber: `pl-a${suffix}`,
    green: `pl-g${suffix}`,
    flash: `pl-f${suffix}`,
  };
  let unadopt: (() => void) | null = null;
  let flashTimer: ReturnType<typeof setTimeout> | undefined;
  const ensureSheet = () => {
    unadopt ??= adoptSheet(doc, highlightCss(names));
  };
  const clearLevels = () => {
    for (const level of ['red', 'amber', 'green'] as const) api.registry.delete(names[level]);
  };
  return {
    kind: 'css',
    show(marks) {
      clearLevels();
      if (marks.length === 0) return;
      ensureSheet();
      const byLevel = new Map<Level, Range[]>();
      for (const mark of marks) byLevel.set(mark.level, [...(byLevel.get(mark.level) ?? []), mark.range]);
      for (const [level, ranges] of byLevel) api.registry.set(names[level], new api.Highlight(...ranges));
    },
    flash(range) {
      ensureSheet();
      const highlight = new api.Highlight(range);
      highlight.priority = 1;
      api.registry.set(names.flash, highlight);
      clearTimeout(flashTimer);
      flashTimer = setTimeout(() => api.registry.delete(names.flash), FLASH_MS);
    },
    clear() {
      clearLevels();
      api.registry.delete(names.flash);
    },
    destroy() {
      clearTimeout(flashTimer);
      clearLevels();
      api.registry.delete(names.flash);
      unadopt?.();
      unadopt = null;
    },
  };
}

/** Can this document's ::highlight rules be installed? Checked once, without leaving anything behind. */
function canAdopt(doc: Document): boolean {
  const undo = adoptSheet(doc, '');
  undo?.();
  return undo !== null;
}

export function createHighlighter(doc: Document): Highlighter {
  const view = doc.defaultView;
  const api = view ? highlightApi(view) : null;
  if (view && api && canAdopt(doc)) return createCssHighlighter(doc, view, api);
  return createOverlayHighlighter(doc);
}
