/**
 * Looks of the marks. Translucent tints read on light and dark pages; the
 * underline style differs per level (solid thick / dashed / dotted) so the level
 * never rests on colour alone.
 */
import type { Level } from '../../classifier/types';

export const LEVEL_COLOURS: Record<Level, { line: string; tint: string; underline: 'solid' | 'dashed' | 'dotted'; thickness: string }> = {
  red: { line: '#dc2626', tint: '#ef444438', underline: 'solid', thickness: '3px' },
  amber: { line: '#d97706', tint: '#f59e0b33', underline: 'dashed', thickness: '2px' },
  green: { line: '#16a34a', tint: '#22c55e29', underline: 'dotted', thickness: '2px' },
};

/** How long "show in page" keeps its flash. */
export const FLASH_MS = 1600;

export const FLASH_TINT = '#3b82f673';

/** `::highlight()` rules for the registry names in use on this page. */
export function highlightCss(names: Record<Level | 'flash', string>): string {
  const rules: string[] = [];
  for (const level of Object.keys(LEVEL_COLOURS) as Level[]) {
    const look = LEVEL_COLOURS[level];
    rules.push(
      `::highlight(${names[level]}){background-color:${look.tint};text-decoration:underline ${look.underline} ${look.line};text-decoration-thickness:${look.thickness};text-underline-offset:2px}`,
    );
  }
  rules.push(`::highlight(${names.flash}){background-color:${FLASH_TINT}}`);
  return rules.join('\n');
}
