/**
 * Turns an HTML file into the text the extension would analyse, with the same
 * extraction and detection code the content script runs on a live page
 * (src/content/extract, src/content/detect), here over jsdom.
 */
import { JSDOM } from 'jsdom';
import { decideCandidate, firstPass, type Detection } from '../../src/content/detect';
import { extractText } from '../../src/content/extract';

export interface HtmlPage {
  text: string;
  title: string;
  url: string | undefined;
  /** The content script's cheap first pass: would it send this page to the worker? */
  candidate: boolean;
  /** Page text before the extraction cap. */
  totalChars: number;
  truncated: boolean;
  /** Signals and vocabulary behind `candidate`. */
  detection: Detection;
}

/** Stand-in address for pages read without a URL: the path says nothing either way. */
const NO_URL = 'https://page.invalid/';

export function readHtmlPage(html: string, url?: string): HtmlPage {
  // No scripts run and no resources load: jsdom's defaults, stated for the reader.
  const dom = new JSDOM(html, { url: url ?? NO_URL, runScripts: undefined, resources: undefined });
  const doc = dom.window.document;
  // jsdom's cascade is slow and no external CSS is loaded: read inline styles only.
  const extraction = extractText(doc, { styles: 'inline' });
  const detection = decideCandidate(firstPass(doc, url ?? NO_URL), extraction.text);
  const page: HtmlPage = {
    text: extraction.text,
    title: doc.title,
    url,
    candidate: detection.candidate,
    totalChars: extraction.totalChars,
    truncated: extraction.truncated,
    detection,
  };
  dom.window.close();
  return page;
}
