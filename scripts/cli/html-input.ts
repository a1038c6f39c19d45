/**
 * Turns an HTML file into the text the extension would analyse.
 * TEMPORARY (2026-11-22): plain body text until the content issue (#5) lands the
 * shared TreeWalker extraction and detector; the signature stays.
 */
import { JSDOM } from 'jsdom';

export interface HtmlPage {
  text: string;
  title: string;
  url: string | undefined;
  /** The content script's cheap first pass: would it send this page to the worker? */
  candidate: boolean;
}

export function readHtmlPage(html: string, url?: string): HtmlPage {
  const dom = new JSDOM(html, url ? { url } : {});
  const doc = dom.window.document;
  const text = doc.body?.textContent ?? '';
  return { text, title: doc.title, url, candidate: true };
}
