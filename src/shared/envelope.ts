/**
 * The catalogue's wire format without any extension API: responses travel in an
 * Envelope so a refusal or failure in the worker arrives as a clear Error. Kept apart
 * from messaging.ts so the content script can use it without webextension-polyfill.
 */
import type { ContentRequests, ContentRequestType, Envelope, WorkerRequests, WorkerRequestType } from './messages';

type PayloadOf<C, K extends keyof C> = C[K] extends { payload: infer P } ? P : never;
type ResponseOf<C, K extends keyof C> = C[K] extends { response: infer R } ? R : never;

export type WorkerPayload<K extends WorkerRequestType> = PayloadOf<WorkerRequests, K>;
export type WorkerResponse<K extends WorkerRequestType> = ResponseOf<WorkerRequests, K>;
export type ContentPayload<K extends ContentRequestType> = PayloadOf<ContentRequests, K>;
export type ContentResponse<K extends ContentRequestType> = ResponseOf<ContentRequests, K>;

export class MessageError extends Error {
  constructor(readonly type: string, message: string) {
    super(`${type}: ${message}`);
    this.name = 'MessageError';
  }
}

export function isEnvelope(value: unknown): value is Envelope<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  const ok = (value as { ok: unknown }).ok;
  return ok === true ? 'value' in value : ok === false && typeof (value as { error?: unknown }).error === 'string';
}

export function unwrap<T>(type: string, reply: unknown): T {
  if (!isEnvelope(reply)) throw new MessageError(type, 'no answer (is the extension reloading?)');
  if (!reply.ok) throw new MessageError(type, reply.error);
  return reply.value as T;
}

export function okEnvelope<T>(value: T): Envelope<T> {
  return { ok: true, value };
}

export function errorEnvelope(error: unknown): Envelope<never> {
  return { ok: false, error: error instanceof Error ? error.message : String(error) };
}
