/**
 * Start → idle timing for `npm run bench`. It lives on the isolated world's global,
 * which page scripts cannot reach: `performance.mark` entries would sit on the page's
 * own timeline, readable by any site, and tell it the extension is installed.
 * The bench reads it through the DevTools protocol (scripts/bench/chromium.ts).
 */
export const TIMING_KEY = '__privacyLightsTiming';

export interface ContentTiming {
  start: number;
  idle?: number;
}

export function markTiming(phase: keyof ContentTiming): void {
  const scope = globalThis as unknown as Record<string, ContentTiming | undefined>;
  const now = typeof performance === 'undefined' ? 0 : performance.now();
  if (phase === 'start') scope[TIMING_KEY] = { start: now };
  else if (scope[TIMING_KEY]) scope[TIMING_KEY].idle = now;
}
