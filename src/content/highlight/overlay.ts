/**
 * Fallback marks for engines without the Custom Highlight API: absolutely
 * positioned boxes from Range.getClientRects, drawn inside our own closed shadow
 * root. The page's text nodes are never wrapped or moved.
 */
import type { Level } from '../../classifier/types';
import { markOwnUi } from '../extract';
import { nextFrame } from '../frame';
import type { Mark } from '../marks';
import type { Highlighter } from './highlighter';
import { FLASH_MS, FLASH_TINT, LEVEL_COLOURS } from './styles';

function overlayCss(): string {
  const levels = (Object.keys(LEVEL_COLOURS) as Level[]).map((level) => {
    const look = LEVEL_COLOURS[level];
    return `.${level}{background:${look.tint};border-bottom:${look.thickness} ${look.underline} ${look.line}}`;
  });
  return [
    ':host{all:initial!important;display:block!important;position:absolute!important;inset:0 auto auto 0!important;width:0!important;height:0!important;pointer-events:none!important;z-index:2147483646!important}',
    'div{position:absolute;pointer-events:none;box-sizing:border-box}',
    ...levels,
    `.flash{background:${FLASH_TINT}}`,
  ].join('\n');
}

export function createOverlayHighlighter(doc: Document): Highlighter {
  let host: HTMLElement | null = null;
  let layer: ShadowRoot | null = null;
  let current: readonly Mark[] = [];
  let flashed: Range | null = null;
  let flashTimer: ReturnType<typeof setTimeout> | undefined;
  let layoutQueued = false;
  const view = doc.defaultView;
  const resizeListener = new AbortController();

  const ensureHost = (): ShadowRoot => {
    if (layer && host?.isConnected) return layer;
    host = doc.createElement('div');
    markOwnUi(host);
    layer = host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = overlayCss();
    layer.append(style);
    doc.documentElement.append(host);
    view?.addEventListener('resize', queueLayout, { passive: true, signal: resizeListener.signal });
    return layer;
  };

  const drawBoxes = (root: ShadowRoot, range: Range, className: string) => {
    const scrollX = view?.scrollX ?? 0;
    const scrollY = view?.scrollY ?? 0;
    for (const rect of Array.from(range.getClientRects())) {
      if (rect.width === 0 || rect.height === 0) continue;
      const box = doc.createElement('div');
      box.className = className;
      box.style.cssText = `left:${rect.left + scrollX}px;top:${rect.top + scrollY}px;width:${rect.width}px;height:${rect.height}px`;
      root.append(box);
    }
  };

  function layout(): void {
    layoutQueued = false;
    if (current.length === 0 && !flashed) {
      host?.remove();
      host = null;
      layer = null;
      return;
    }
    const root = ensureHost();
    for (const box of Array.from(root.querySelectorAll('div'))) box.remove();
    for (const mark of current) drawBoxes(root, mark.range, mark.level);
    if (flashed) drawBoxes(root, flashed, 'flash');
  }

  function queueLayout(): void {
    if (layoutQueued) return;
    layoutQueued = true;
    nextFrame(view, layout);
  }

  return {
    kind: 'overlay',
    show(marks) {
      current = marks;
      layout();
    },
    flash(range) {
      flashed = range;
      layout();
      clearTimeout(flashTimer);
      flashTimer = setTimeout(() => {
        flashed = null;
        layout();
      }, FLASH_MS);
    },
    clear() {
      current = [];
      flashed = null;
      layout();
    },
    destroy() {
      clearTimeout(flashTimer);
      resizeListener.abort();
      current = [];
      flashed = null;
      host?.remove();
      host = null;
      layer = null;
    },
  };
}
