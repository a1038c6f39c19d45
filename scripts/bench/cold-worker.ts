/**
 * The worker's cold start in Chromium: the classifier bundle (startup.ts) evaluated in a
 * fresh dedicated worker per run — a new V8 isolate, as a woken service worker gets —
 * then its first analysis, which builds wink-nlp and indexes the sentence model.
 */
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS } from '../../tests/e2e/support/extension';
import type { ColdStart } from './schema';
import { FIRST_TEXT } from './startup';
import { statOf } from './stats';

interface ProbeRun {
  loadMs: number;
  firstAnalysisMs: number;
}

/** `origin`: an http page to run from (a blob module worker needs a real origin). */
export async function chromiumColdStart(probeFile: string, origin: string, runs: number): Promise<ColdStart> {
  const code = readFileSync(probeFile, 'utf8');
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: false, args: CHROMIUM_FLAGS });
  try {
    const page = await browser.newPage();
    await page.goto(`${origin}/`);
    const samples = await page.evaluate(
      async ({ code, text, runs }) => {
        const bundleUrl = URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
        const wrapper = [
          'try {',
          `  const { analyze, loadedAt } = await import(${JSON.stringify(bundleUrl)});`,
          '  const started = performance.now();',
          `  analyze({ text: ${JSON.stringify(text)} });`,
          '  postMessage({ loadMs: loadedAt, firstAnalysisMs: performance.now() - started });',
          '} catch (error) {',
          '  postMessage({ error: String(error) });',
          '}',
        ].join('\n');
        const wrapperUrl = URL.createObjectURL(new Blob([wrapper], { type: 'text/javascript' }));
        const out: { loadMs: number; firstAnalysisMs: number }[] = [];
        for (let i = 0; i < runs; i++) {
          const worker = new Worker(wrapperUrl, { type: 'module' });
          out.push(
            await new Promise((resolve, reject) => {
              worker.onmessage = (event: MessageEvent<{ loadMs: number; firstAnalysisMs: number; error?: string }>) =>
                event.data.error === undefined ? resolve(event.data) : reject(new Error(event.data.error));
              worker.onerror = (event) => reject(new Error(event.message || 'probe worker failed'));
            }),
          );
          worker.terminate();
        }
        return out;
      },
      { code, text: FIRST_TEXT, runs },
    );
    return summarise(samples);
  } finally {
    await browser.close();
  }
}

function summarise(samples: readonly ProbeRun[]): ColdStart {
  return {
    loadMs: statOf(samples.map((s) => s.loadMs)),
    firstAnalysisMs: statOf(samples.map((s) => s.firstAnalysisMs)),
    totalMs: statOf(samples.map((s) => s.loadMs + s.firstAnalysisMs)),
  };
}
