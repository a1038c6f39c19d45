/** Requests from the popup about one tab. The tab id comes from the popup (an extension page). */
import { sendToTab } from '../../shared/messaging';
import { t } from '../../shared/i18n';
import type { TabState } from '../../shared/messages';
import type { WorkerContext } from '../context';
import { cachedState, tabContext } from '../tab-state';

export async function tabState(ctx: WorkerContext, tabId: number): Promise<TabState> {
  const context = await tabContext(ctx, tabId);
  if (context.kind === 'blocked') return context.state;
  return (await cachedState(ctx, tabId, context.url)) ?? { kind: 'idle', url: context.url };
}

/**
 * Asks the tab's content script to extract and send its text ('page.analyze', trigger
 * manual). The popup then polls 'tab.state' until the result is in.
 */
export async function analyzeTab(ctx: WorkerContext, tabId: number): Promise<TabState> {
  const context = await tabContext(ctx, tabId);
  if (context.kind === 'blocked') return context.state;
  const { url } = context;
  const analysing: TabState = { kind: 'analysing', url };
  // Marked before asking: the content script's answer may arrive before sendToTab resolves.
  const previous = ctx.cache.get(tabId);
  await ctx.cache.put(tabId, { url, state: analysing, since: ctx.now(), ...(previous?.report ? { report: previous.report } : {}) });
  let started = false;
  try {
    started = (await sendToTab(tabId, 'content.analyzeNow', {})).started;
  } catch {
    started = false; // No content script: the page was open before install, or it cannot run here.
  }
  const now = ctx.cache.get(tabId);
  if (started) return now?.state ?? analysing;
  const failed: TabState = { kind: 'error', url, message: t('state_error_no_content', ctx.lang()) };
  if (now?.state.kind === 'analysing') await ctx.cache.put(tabId, { ...now, state: failed, since: ctx.now() });
  return failed;
}

export async function showSentence(tabId: number, index: number): Promise<{ found: boolean }> {
  try {
    return await sendToTab(tabId, 'content.showSentence', { index });
  } catch {
    return { found: false };
  }
}
