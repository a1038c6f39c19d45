/**
 * Pointer and keyboard access to the marks. Mouse: rAF-throttled hit testing on
 * mousemove. Keyboard: Alt+Shift+N walks through the evidence sentences in
 * document order, scrolls to each and shows its tooltip; Escape closes it.
 * Only trusted events count: a page cannot drive the tooltip with synthetic ones.
 */
import { nextFrame } from '../frame';
import type { Mark } from '../marks';
import { markAt } from './hit-test';
import type { Tooltip } from './tooltip';

const HIDE_DELAY_MS = 300;

export function isCycleShortcut(event: KeyboardEvent): boolean {
  return event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyN';
}

/** Scrolls the range's start into the middle of the viewport. */
export function scrollToRange(range: Range): void {
  const start = range.startContainer;
  const element = start.nodeType === 1 ? (start as Element) : start.parentElement;
  element?.scrollIntoView?.({ block: 'center', inline: 'nearest' });
}

export interface InteractionOptions {
  doc: Document;
  tooltip: Tooltip;
  marks: () => readonly Mark[];
  signal: AbortSignal;
  /** Called first in every handler: false when the extension context is gone. */
  alive: () => boolean;
}

export function installInteraction({ doc, tooltip, marks, signal, alive }: InteractionOptions): { cycle(): Mark | null } {
  const view = doc.defaultView;
  let pointer: { x: number; y: number; target: EventTarget | null } | null = null;
  let frameQueued = false;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  let cursor = -1;
  signal.addEventListener('abort', () => clearTimeout(hideTimer));

  const scheduleHide = () => {
    if (hideTimer !== undefined || !tooltip.mark) return;
    hideTimer = setTimeout(() => {
      hideTimer = undefined;
      tooltip.hide();
    }, HIDE_DELAY_MS);
  };
  const keep = () => {
    clearTimeout(hideTimer);
    hideTimer = undefined;
  };

  const check = () => {
    frameQueued = false;
    if (!pointer || !alive()) return;
    if (tooltip.isOwnTarget(pointer.target)) return keep();
    const hit = markAt(doc, marks(), pointer.x, pointer.y);
    if (!hit) return scheduleHide();
    keep();
    tooltip.show(hit.mark, hit.box);
  };

  doc.addEventListener(
    'mousemove',
    (event) => {
      if (!event.isTrusted) return;
      pointer = { x: event.clientX, y: event.clientY, target: event.target };
      if (frameQueued) return;
      frameQueued = true;
      nextFrame(view, check);
    },
    { passive: true, capture: true, signal },
  );

  const cycle = (): Mark | null => {
    const list = marks();
    if (list.length === 0) return null;
    cursor = (cursor + 1) % list.length;
    const mark = list[cursor] ?? null;
    if (!mark) return null;
    keep();
    scrollToRange(mark.range);
    tooltip.show(mark, mark.range.getBoundingClientRect());
    return mark;
  };

  doc.addEventListener(
    'keydown',
    (event) => {
      if (!event.isTrusted || !alive()) return;
      if (isCycleShortcut(event)) {
        if (cycle()) event.preventDefault();
      } else if (event.key === 'Escape' && tooltip.mark) {
        tooltip.hide();
      }
    },
    { capture: true, signal },
  );

  return { cycle };
}
