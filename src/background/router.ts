/**
 * The worker's one entry for messages, in tiers: wait until ready, check the sender,
 * check the type is known and allowed for that sender, check the payload's shape, then
 * run the handler. Every outcome is an Envelope; nothing a sender does makes it throw.
 */
import type { Runtime } from 'webextension-polyfill';
import { CONTENT_SCRIPT_TYPES, type Envelope, type WorkerRequests, type WorkerRequestType } from '../shared/messages';
import { errorEnvelope, okEnvelope } from '../shared/messaging';
import { isValidPayload, isWorkerMessage } from '../shared/validate';
import type { WorkerContext } from './context';
import { analyzePage, openPopup, siteSettingsFor } from './handlers/page';
import { dismissNotices, exportJson, getSettings, importJson, resetAll, setGlobal, setSite, uiLanguage } from './handlers/settings';
import { analyzeTab, showSentence, tabState } from './handlers/tabs';
import { classifySender, type SenderInfo } from './sender';

type Payload<K extends WorkerRequestType> = WorkerRequests[K]['payload'];
type Response<K extends WorkerRequestType> = WorkerRequests[K]['response'];
type ContentSender = Extract<SenderInfo, { kind: 'content-script' }>;

type Handlers = {
  [K in WorkerRequestType]: (ctx: WorkerContext, payload: Payload<K>, sender: SenderInfo) => Promise<Response<K>> | Response<K>;
};

/** Content-script handlers get the sender narrowed: their tab is `sender.tabId`, nothing else. */
const asContent = (sender: SenderInfo): ContentSender => {
  if (sender.kind !== 'content-script') throw new Error('only a content script may send this');
  return sender;
};

const HANDLERS: Handlers = {
  'page.analyze': (ctx, payload, sender) => {
    const { tabId, url } = asContent(sender);
    return analyzePage(ctx, tabId, url, payload);
  },
  'site.settings': (ctx, payload, sender) => {
    const { tabId, url } = asContent(sender);
    return siteSettingsFor(ctx, tabId, url, payload);
  },
  'ui.openPopup': () => openPopup(),
  'tab.state': (ctx, { tabId }) => tabState(ctx, tabId),
  'tab.analyze': (ctx, { tabId }) => analyzeTab(ctx, tabId),
  'tab.showSentence': (_ctx, { tabId, index }) => showSentence(tabId, index),
  'settings.get': (ctx) => getSettings(ctx),
  'settings.setGlobal': (ctx, payload) => setGlobal(ctx, payload),
  'settings.setSite': (ctx, payload) => setSite(ctx, payload),
  'settings.resetAll': (ctx) => resetAll(ctx),
  'settings.import': (ctx, payload) => importJson(ctx, payload),
  'settings.export': (ctx) => exportJson(ctx),
  'settings.dismissNotices': (ctx) => dismissNotices(ctx),
  'ui.language': (ctx) => uiLanguage(ctx),
};

const CONTENT_ALLOWED: ReadonlySet<string> = new Set(CONTENT_SCRIPT_TYPES);

export interface RouterIdentity {
  runtimeId: string;
  /** `runtime.getURL('')`: every extension page's URL starts with it. */
  extensionOrigin: string;
}

export type Router = (message: unknown, sender: Runtime.MessageSender) => Promise<Envelope<unknown>>;

export function createRouter(ready: Promise<WorkerContext>, identity: RouterIdentity): Router {
  return async (message, rawSender) => {
    let ctx: WorkerContext;
    try {
      ctx = await ready;
    } catch (error) {
      return errorEnvelope(new Error(`worker failed to start: ${error instanceof Error ? error.message : String(error)}`));
    }
    const sender = classifySender(rawSender, identity.runtimeId, identity.extensionOrigin);
    if (sender === null) return errorEnvelope(new Error('refused: unknown sender'));
    if (!isWorkerMessage(message)) return errorEnvelope(new Error('refused: unknown message type'));
    const { type, payload } = message;
    if (sender.kind === 'content-script' && !CONTENT_ALLOWED.has(type)) return errorEnvelope(new Error(`refused: ${type} is not allowed from a content script`));
    if (sender.kind === 'extension-page' && CONTENT_ALLOWED.has(type)) return errorEnvelope(new Error(`refused: ${type} comes only from a content script`));
    if (!isValidPayload(type, payload)) return errorEnvelope(new Error(`refused: malformed payload for ${type}`));
    try {
      const handler = HANDLERS[type] as (ctx: WorkerContext, payload: unknown, sender: SenderInfo) => Promise<unknown> | unknown;
      return okEnvelope(await handler(ctx, payload, sender));
    } catch (error) {
      return errorEnvelope(error);
    }
  };
}
