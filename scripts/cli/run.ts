/** One analysis per input: text files as they are, HTML through the content script's extraction. */
import { analyze, type Analysis } from '../../src/classifier/index';
import { readHtmlPage } from './html-input';
import type { Input } from './read-input';

export interface Result {
  source: string;
  analysis: Analysis;
  isPolicy: boolean;
  /** The engine or the page extraction stopped at its size cap. */
  truncated: boolean;
  /** The extracted text, for HTML inputs (offsets point into it). */
  extracted?: string;
}

export function analyzeInput(input: Input, url: string | undefined): Result {
  if (!input.html) {
    const analysis = analyze(url === undefined ? { text: input.text } : { text: input.text, url });
    return { source: input.source, analysis, isPolicy: analysis.isPolicy, truncated: analysis.truncated };
  }
  const page = readHtmlPage(input.text, url);
  const analysis = analyze({
    text: page.text,
    title: page.title,
    ...(page.url !== undefined ? { url: page.url } : {}),
  });
  // The extension asks the worker only about pages its cheap first pass lets through.
  return {
    source: input.source,
    analysis,
    isPolicy: page.candidate && analysis.isPolicy,
    truncated: page.truncated || analysis.truncated,
    extracted: page.text,
  };
}
