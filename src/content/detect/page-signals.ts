/**
 * The cheap first pass every page gets: URL, title, top headings and
 * `<link rel="privacy-policy">`. Reads a handful of nodes, never the body text.
 * The engine's lexicon (classifier/policy/signals) names policy pages exactly;
 * the broader patterns here catch the rest ("/privacy-and-cookies", "Privacy | Brand")
 * unless the page names itself terms, news or help.
 */
import {
  NON_POLICY_PATH_WORDS,
  PRIVACY_POLICY_REL,
  titleLooksLikePolicy,
  titleLooksLikeTerms,
  urlLooksLikePolicy,
} from '../../classifier/policy/signals';

/** Sections that hold policies as often as terms: not a sign of "elsewhere" on their own. */
const LEGAL_SECTIONS = new Set(['legal', 'imprint', 'impressum']);

/** The path names terms, news, blog or help pages (`/blog/…`, `/terms`), in the engine's words. */
function pathNamesElsewhere(path: string): boolean {
  return path
    .split(/[/#?.=&\s]+/)
    .some((segment) => {
      const word = segment.replace(/[-_]+/g, '');
      return !LEGAL_SECTIONS.has(word) && NON_POLICY_PATH_WORDS.includes(word);
    });
}

/** Words that mention privacy in URL slugs (EN/NL/DE/FR). */
const URL_PRIVACY = /privacy|privacidad|privacidade|datenschutz|confidentialit|gegevensbescherming|persoonsgegevens|data-?protection|donnees-?personnelles|cookie-?(?:policy|beleid|verklaring|statement|notice|richtlinie|hinweise?|declaration|erklaerung)|cookiebeleid|cookieverklaring/;
/** Slugs that make a page worth a closer look without naming a policy. */
const URL_MAYBE = /legal|juridisch|rechtliches|rechtliche|impressum|polic(?:y|ies)|gdpr|dsgvo|\bavg\b|cookies?/;

/** Titles and headings that mention privacy. */
const TITLE_PRIVACY = /privacy|datenschutz|confidentialit[ée]|gegevensbescherming|persoonsgegevens|data protection|cookie[- ]?(?:policy|beleid|verklaring|statement|notice|richtlinie|hinweise?|declaration|erkl[äa]rung)|cookiebeleid|cookieverklaring/i;
/** Section headings typical of a policy. */
const SECTION_POLICY = /cookie|third part|derden|dritte|rights|rechten|rechte|droits|retention|bewaar|speicher|personal|persoonsgegevens|personenbezogen|donn[ée]es|data protection|datenschutz/i;

export type FirstPassVerdict = 'positive' | 'inconclusive' | 'negative';

export interface PageSignals {
  /** The URL names a policy page (engine lexicon), or mentions privacy and names nothing else. */
  url: boolean;
  urlMaybe: boolean;
  /** The title or first h1 names a policy (engine lexicon), or mentions privacy and not terms. */
  title: boolean;
  h1: boolean;
  /** One of the first three h2 headings names a policy. */
  h2: boolean;
  /** URL or title names terms, news, blog or help pages. */
  elsewhere: boolean;
  /** h2/h3 headings that read like policy sections (capped). */
  sections: number;
  /** `<link rel="privacy-policy">` points at this very page. */
  linkSelf: boolean;
}

function decodedPath(url: URL): string {
  const raw = `${url.pathname} ${url.search}`.toLowerCase();
  try {
    return decodeURIComponent(raw).normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  } catch {
    return raw;
  }
}

function samePage(a: URL, b: URL): boolean {
  const path = (u: URL) => u.pathname.replace(/\/+$/, '');
  return a.origin === b.origin && path(a) === path(b);
}

function linkPointsHere(doc: Document, here: URL | null): boolean {
  if (!here) return false;
  const link = doc.querySelector(`link[rel~="${PRIVACY_POLICY_REL}" i]`);
  const href = link?.getAttribute('href');
  if (!href) return false;
  try {
    return samePage(new URL(href, here), here);
  } catch {
    return false;
  }
}

const MAX_HEADINGS = 40;

export function readPageSignals(doc: Document, href: string): PageSignals {
  let here: URL | null = null;
  try {
    here = new URL(href);
  } catch {
    here = null;
  }
  const path = here ? decodedPath(here) : '';
  const elsewhere = pathNamesElsewhere(path) || titleLooksLikeTerms(doc.title);
  const names = (text: string) => titleLooksLikePolicy(text) || (!elsewhere && !titleLooksLikeTerms(text) && TITLE_PRIVACY.test(text));
  const h1s = doc.getElementsByTagName('h1');
  let h1 = false;
  for (let i = 0; i < h1s.length && i < 3 && !h1; i++) h1 = names(h1s[i]?.textContent ?? '');
  const h2s = doc.getElementsByTagName('h2');
  let h2 = false;
  for (let i = 0; i < h2s.length && i < 3 && !h2; i++) h2 = names(h2s[i]?.textContent ?? '');
  let sections = 0;
  const headings = doc.querySelectorAll('h2, h3');
  for (let i = 0; i < headings.length && i < MAX_HEADINGS; i++) {
    if (SECTION_POLICY.test(headings[i]?.textContent ?? '')) sections++;
  }
  return {
    url: urlLooksLikePolicy(href) || (!elsewhere && URL_PRIVACY.test(path)),
    urlMaybe: URL_MAYBE.test(path) || URL_PRIVACY.test(path),
    title: names(doc.title),
    h1,
    h2,
    elsewhere,
    sections,
    linkSelf: linkPointsHere(doc, here),
  };
}

export function firstPassVerdict(signals: PageSignals): FirstPassVerdict {
  // Sites often put their brand in the h1 and the policy's name in the first h2.
  if (signals.url || signals.title || signals.h1 || signals.h2 || signals.linkSelf) return 'positive';
  if (signals.urlMaybe || signals.sections >= 2) return 'inconclusive';
  return 'negative';
}
