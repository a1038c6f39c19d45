/** How often a global pattern matches, up to `cap`; shared by the engine's policy score and the content script's detector. */
export function countMatches(pattern: RegExp, text: string, cap = Infinity): number {
  pattern.lastIndex = 0;
  let count = 0;
  while (count < cap && pattern.exec(text) !== null) count++;
  pattern.lastIndex = 0;
  return count;
}
