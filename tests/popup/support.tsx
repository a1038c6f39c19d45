/** Fixtures for popup tests: a report, a worker stand-in answering by message type. */
import type { ComponentChildren } from 'preact';
import double from '../support/browser-double';
import { translator, type UiLang } from '../../src/shared/i18n';
import type { PageReport } from '../../src/shared/messages';
import { TranslateContext } from '../../src/popup/translate';

export const report: PageReport = {
  url: 'https://shop.example.nl/privacy',
  title: 'Privacy',
  analyzedAt: Date.UTC(2026, 10, 22, 9, 30),
  textHash: 'abc-1',
  language: 'en',
  languageSupported: true,
  isPolicy: true,
  policyScore: 0.95,
  trigger: 'auto',
  summary: { tracking: 'red', sharing: 'amber', transfer: 'unknown' },
  evidence: [
    {
      index: 2, start: 10, end: 60, text: 'We use advertising cookies from partners.',
      findings: [{ category: 'tracking', level: 'red', score: 0.9, reasonKey: 'reason_x', reason: 'Third-party advertising cookies', cue: 'advertising cookies' }],
    },
    {
      index: 5, start: 80, end: 130, text: 'We share data with our processors.',
      findings: [{ category: 'sharing', level: 'amber', score: 0.8, reasonKey: 'reason_y', reason: 'Shared with service providers', cue: 'processors' }],
    },
  ],
  ranking: { tracking: [2], sharing: [5], transfer: [] },
  analyzedChars: 400000,
  totalChars: 900000,
  truncated: false,
  ms: 12,
};

export const sent: { type: string; payload: unknown }[] = [];

type Answer = (payload: unknown) => unknown;

/** Answers `runtime.sendMessage` like the worker, from a table of handlers; records every request. */
export function fakeWorker(answers: Record<string, Answer>): void {
  sent.length = 0;
  double.runtime.sendMessageHandler = async (message) => {
    const { type, payload } = message as { type: string; payload: unknown };
    sent.push({ type, payload });
    const answer = answers[type];
    if (!answer) return { ok: false, error: `no fake for ${type}` };
    try {
      return { ok: true, value: await answer(payload) };
    } catch (error) {
      return { ok: false, error: (error as Error).message };
    }
  };
}

export function withLang(lang: UiLang, children: ComponentChildren) {
  return <TranslateContext.Provider value={translator(lang)}>{children}</TranslateContext.Provider>;
}

export { double };
