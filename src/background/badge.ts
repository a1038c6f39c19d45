/** The toolbar badge per tab: the worst light's colour, a short text, and a title that says it all. */
import browser from 'webextension-polyfill';
import { CATEGORIES, type Category, type Light } from '../classifier/types';
import { t, type UiLang } from '../shared/i18n';

export interface Badge {
  text: string;
  color: string;
  textColor: string;
  title: string;
}

const ORDER: readonly Light[] = ['red', 'amber', 'green', 'unknown'];

/** Text as well as colour, so the badge does not rely on colour alone. */
const LOOK: Record<Light, { text: string; color: string; textColor: string }> = {
  red: { text: '!', color: '#c5221f', textColor: '#ffffff' },
  amber: { text: '~', color: '#f9ab00', textColor: '#000000' },
  green: { text: '✓', color: '#188038', textColor: '#ffffff' },
  unknown: { text: '?', color: '#80868b', textColor: '#ffffff' },
};

export function worstLight(summary: Record<Category, Light>): Light {
  return ORDER.find((light) => CATEGORIES.some((c) => summary[c] === light)) ?? 'unknown';
}

export function badgeFor(summary: Record<Category, Light>, lang: UiLang): Badge {
  const worst = worstLight(summary);
  const parts = CATEGORIES.map((c) => t('badge_title_part', lang, t(`badge_category_${c}`, lang), t(`level_${summary[c]}`, lang)));
  return { ...LOOK[worst], title: parts.join(' · ') };
}

/** Badge calls fail for a tab that closed meanwhile; that is not an error worth reporting. */
export async function showBadge(tabId: number, badge: Badge): Promise<void> {
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: badge.text }),
    browser.action.setBadgeBackgroundColor({ tabId, color: badge.color }),
    typeof browser.action.setBadgeTextColor === 'function' ? browser.action.setBadgeTextColor({ tabId, color: badge.textColor }) : undefined,
    browser.action.setTitle({ tabId, title: badge.title }),
  ]).catch(() => undefined);
}

export async function clearBadge(tabId: number, lang: UiLang): Promise<void> {
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: '' }),
    browser.action.setTitle({ tabId, title: t('extName', lang) }),
  ]).catch(() => undefined);
}
