/**
 * Hand-written guards for every payload in the catalogue. The worker trusts nothing a
 * message carries until its guard said yes; a guard never throws, whatever it is given.
 */
import type { Level } from '../classifier/types';
import type { WorkerRequests, WorkerRequestType } from './messages';
import { normalizeHost } from './settings/hostname';
import { SITE_KEYS, type GlobalSettings, type SiteOverride } from './settings/schema';

type PayloadOf<K extends WorkerRequestType> = WorkerRequests[K]['payload'];
type Guard<T> = (value: unknown) => value is T;

/** Text beyond this is not a page we analyse; the content script caps far below it. */
export const MAX_PAGE_TEXT_CHARS = 2_000_000;
export const MAX_URL_CHARS = 8_192;
export const MAX_TITLE_CHARS = 2_000;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isIndex = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;
const isString = (max: number) => (value: unknown): value is string => typeof value === 'string' && value.length <= max;
const isUrlString = isString(MAX_URL_CHARS);

export function isHttpUrl(value: unknown): value is string {
  if (!isUrlString(value)) return false;
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

function isEmptyPayload(value: unknown): value is Record<string, never> {
  return isRecord(value) && Object.keys(value).length === 0;
}

function isTabPayload(value: unknown): value is { tabId: number } {
  return isRecord(value) && isIndex(value.tabId);
}

function isPageAnalyze(value: unknown): value is PayloadOf<'page.analyze'> {
  return (
    isRecord(value) &&
    isHttpUrl(value.url) &&
    isString(MAX_TITLE_CHARS)(value.title) &&
    isString(MAX_PAGE_TEXT_CHARS)(value.text) &&
    isIndex(value.totalChars) &&
    typeof value.truncated === 'boolean' &&
    (value.trigger === 'auto' || value.trigger === 'manual')
  );
}

const LEVELS: readonly Level[] = ['red', 'amber', 'green'];
const GLOBAL_BOOLEANS = ['enabled', 'autoAnalyze', 'highlights'] as const;

/** A patch may set only known keys, each with its own type: it is spread into the settings. */
export function isGlobalPatch(value: unknown): value is Partial<GlobalSettings> {
  if (!isRecord(value)) return false;
  return Object.entries(value).every(([key, field]) => {
    if ((GLOBAL_BOOLEANS as readonly string[]).includes(key)) return typeof field === 'boolean';
    if (key === 'uiLanguage') return field === 'auto' || field === 'en' || field === 'nl';
    if (key === 'highlightLevels') {
      return isRecord(field) && Object.entries(field).every(([level, on]) => LEVELS.includes(level as Level) && typeof on === 'boolean');
    }
    return false;
  });
}

export function isSiteOverride(value: unknown): value is SiteOverride {
  if (!isRecord(value)) return false;
  return Object.entries(value).every(
    ([key, field]) => (SITE_KEYS as readonly string[]).includes(key) && (field === null || field === undefined || typeof field === 'boolean'),
  );
}

export const PAYLOAD_GUARDS: { [K in WorkerRequestType]: Guard<PayloadOf<K>> } = {
  'page.analyze': isPageAnalyze,
  'site.settings': (v): v is PayloadOf<'site.settings'> => isRecord(v) && isUrlString(v.url),
  'ui.openPopup': (v): v is PayloadOf<'ui.openPopup'> => isRecord(v) && isIndex(v.index),
  'tab.state': isTabPayload,
  'tab.analyze': isTabPayload,
  'tab.showSentence': (v): v is PayloadOf<'tab.showSentence'> => isTabPayload(v) && isIndex((v as { index?: unknown }).index),
  'settings.get': isEmptyPayload,
  'settings.setGlobal': (v): v is PayloadOf<'settings.setGlobal'> => isRecord(v) && isGlobalPatch(v.patch),
  'settings.setSite': (v): v is PayloadOf<'settings.setSite'> =>
    isRecord(v) && typeof v.host === 'string' && normalizeHost(v.host) !== null && (v.override === null || isSiteOverride(v.override)),
  'settings.resetAll': isEmptyPayload,
  'settings.import': (v): v is PayloadOf<'settings.import'> => isRecord(v) && typeof v.json === 'string',
  'settings.export': isEmptyPayload,
  'settings.dismissNotices': isEmptyPayload,
  'ui.language': isEmptyPayload,
};

export function isWorkerRequestType(value: unknown): value is WorkerRequestType {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(PAYLOAD_GUARDS, value);
}

/** The message's shape: `{ type, payload }` with a known type. The payload is checked separately. */
export function isWorkerMessage(value: unknown): value is { type: WorkerRequestType; payload: unknown } {
  return isRecord(value) && isWorkerRequestType(value.type) && 'payload' in value;
}

export function isValidPayload<K extends WorkerRequestType>(type: K, payload: unknown): payload is PayloadOf<K> {
  return (PAYLOAD_GUARDS[type] as Guard<PayloadOf<K>>)(payload);
}
