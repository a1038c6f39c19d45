/** Runs `callback` before the next paint (jsdom and hidden tabs: soon after). */
export function nextFrame(view: Window | null, callback: () => void): void {
  if (view && typeof view.requestAnimationFrame === 'function') view.requestAnimationFrame(callback);
  else setTimeout(callback, 16);
}
