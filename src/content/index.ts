/**
 * Content script entry (a self-contained IIFE, see vite.config.ts). On an ordinary
 * page it does the cheap first pass and stops: no DOM writes, no messages, only
 * the debounced navigation watch and the runtime listener the popup needs for
 * "analyse anyway".
 */
import { ContentController } from './controller';
import { handleContentRequest } from './requests';
import { claimPage, contextAlive, Disposer, releasePage } from './lifecycle';
import { onWorkerMessage, runtimeId, type MessageSender } from './runtime';
import { watchPage } from './page-watch';
import { markTiming } from './timing';

markTiming('start');

/** Exported for tests only: the bundle runs it once, below. */
export function main(): void {
  if (!document.body || !(document.documentElement instanceof HTMLElement)) return;
  const disposer = new Disposer();
  const instance = { teardown: () => disposer.dispose() };
  claimPage(instance);

  const controller = new ContentController({ doc: document, alive: contextAlive, onDead: () => disposer.dispose() });
  disposer.add(() => controller.destroy());
  disposer.add(() => releasePage(instance));

  const onMessage = (message: unknown, sender: MessageSender) => {
    if (!contextAlive()) {
      disposer.dispose();
      return undefined;
    }
    return handleContentRequest(message, sender, runtimeId(), {
      'content.analyzeNow': () => controller.analyzeNow(),
      'content.showSentence': ({ index }) => controller.showSentence(index),
      'content.applySettings': ({ settings }) => controller.applySettings(settings),
    });
  };
  disposer.add(onWorkerMessage(onMessage));

  const pageWatch = new AbortController();
  disposer.add(() => pageWatch.abort());
  watchPage(
    document,
    (change) => {
      if (!contextAlive()) return disposer.dispose();
      if (change === 'content' && (controller.detection?.candidate || controller.active)) return;
      controller.restart();
    },
    pageWatch.signal,
  );

  controller.start();
  markTiming('idle');
}

main();
