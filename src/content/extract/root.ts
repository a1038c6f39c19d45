/**
 * Where the policy's text lives: `<main>`, `[role=main]` or a single `<article>`
 * when it holds a substantial share of the page's text, else the whole body.
 */
const MIN_ROOT_CHARS = 500;
const MIN_ROOT_SHARE = 0.25;

function textLength(node: Node): number {
  return node.textContent?.length ?? 0;
}

export function chooseRoot(doc: Document): Element | null {
  const body = doc.body ?? doc.documentElement;
  if (!body) return null;
  const candidates: Element[] = [];
  const main = doc.querySelector('main, [role="main"]');
  if (main) candidates.push(main);
  const articles = doc.getElementsByTagName('article');
  if (articles.length === 1 && articles[0]) candidates.push(articles[0]);
  if (candidates.length === 0) return body;
  const bodyChars = textLength(body);
  for (const candidate of candidates) {
    const chars = textLength(candidate);
    if (chars >= MIN_ROOT_CHARS && chars >= bodyChars * MIN_ROOT_SHARE) return candidate;
  }
  return body;
}
