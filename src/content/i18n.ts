/**
 * Tooltip words from _locales (`content_*` keys). English is the default_locale,
 * so the browser itself falls back to it for a missing Dutch key.
 */
import { getMessage } from './runtime';
import type { Category, Level } from '../classifier/types';

export type ContentMessageKey =
  | 'content_tooltip_label'
  | 'content_show_all'
  | `content_category_${Category}`
  | `content_level_${Level}`;

export function t(key: ContentMessageKey): string {
  try {
    return getMessage(key);
  } catch {
    return '';
  }
}

export const categoryName = (category: Category): string => t(`content_category_${category}`);
export const levelName = (level: Level): string => t(`content_level_${level}`);

/** Shapes as well as colours, so the level never rests on colour alone. */
export const LEVEL_ICONS: Record<Level, string> = { red: '✖', amber: '▲', green: '✔' };
