/**
 * The worker's requests to this tab ('content.*'): sender checked, shape
 * validated, answered with an Envelope. Anything else (other types, other
 * senders) gets no answer from us. The page has no channel to this listener:
 * we never listen to window 'message' events or DOM events for commands.
 */
import type { Level } from '../classifier/types';
import type { ContentRequests, ContentRequestType, Envelope } from '../shared/messages';
import { errorEnvelope, okEnvelope } from '../shared/envelope';
import type { ResolvedSiteSettings } from '../shared/settings/schema';

type Payload<K extends ContentRequestType> = ContentRequests[K]['payload'];
type Response<K extends ContentRequestType> = ContentRequests[K]['response'];

export type ContentHandlers = { [K in ContentRequestType]: (payload: Payload<K>) => Response<K> | Promise<Response<K>> };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';
const LEVEL_KEYS: readonly Level[] = ['red', 'amber', 'green'];

/** The fields the content script acts on (uiLanguage and decidedBy are the popup's). */
export function isResolvedSiteSettings(value: unknown): value is ResolvedSiteSettings {
  if (!isRecord(value)) return false;
  const levels = value.highlightLevels;
  return (
    typeof value.host === 'string' &&
    isBoolean(value.enabled) &&
    isBoolean(value.autoAnalyze) &&
    isBoolean(value.highlights) &&
    isRecord(levels) &&
    LEVEL_KEYS.every((level) => isBoolean(levels[level]))
  );
}

const GUARDS: { [K in ContentRequestType]: (payload: unknown) => payload is Payload<K> } = {
  'content.analyzeNow': (payload): payload is Payload<'content.analyzeNow'> => isRecord(payload),
  'content.showSentence': (payload): payload is Payload<'content.showSentence'> =>
    isRecord(payload) && Number.isSafeInteger(payload.index) && (payload.index as number) >= 0,
  'content.applySettings': (payload): payload is Payload<'content.applySettings'> =>
    isRecord(payload) && isResolvedSiteSettings(payload.settings),
};

function isContentType(value: unknown): value is ContentRequestType {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(GUARDS, value);
}

/**
 * Handles one runtime message. Returns undefined for messages that are not ours
 * (so other listeners, if any, may answer), else a promise of an Envelope.
 */
export function handleContentRequest(
  message: unknown,
  sender: { id?: string } | undefined,
  extensionId: string | undefined,
  handlers: ContentHandlers,
): Promise<Envelope<unknown>> | undefined {
  if (!isRecord(message) || !isContentType(message.type)) return undefined;
  if (!extensionId || sender?.id !== extensionId) return Promise.resolve(errorEnvelope('refused: sender'));
  const type = message.type;
  const guard = GUARDS[type] as (payload: unknown) => boolean;
  if (!guard(message.payload)) return Promise.resolve(errorEnvelope(`${type}: malformed payload`));
  const handler = handlers[type] as (payload: unknown) => unknown;
  return Promise.resolve()
    .then(() => handler(message.payload))
    .then((value) => okEnvelope(value), (error: unknown) => errorEnvelope(error));
}
