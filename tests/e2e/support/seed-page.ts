/**
 * Renders a seed policy (plain text) as the kind of page it came from: site chrome,
 * a cookie banner, headings, paragraphs and lists, so the content script meets the
 * structure of a real policy page rather than a bare <pre>.
 */
const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const BULLET = /^\s*(?:[•·▪◦‣\-–*]|\d{1,2}[.)]|[a-z][.)])\s+/;

function looksLikeHeading(line: string): boolean {
  const t = line.trim();
  return t.length > 0 && t.length <= 80 && !/[.;:,]$/.test(t) && !BULLET.test(t) && t.split(/\s+/).length <= 10;
}

export function seedToHtml(text: string, opts: { title?: string; lang?: string } = {}): string {
  const blocks = text.replace(/\r\n?/g, '\n').split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean);
  const first = blocks[0] ?? 'Privacy policy';
  const title = opts.title ?? first;
  const body: string[] = [];
  for (const [i, block] of blocks.entries()) {
    const lines = block.split('\n').map((l) => l.trim()).filter(Boolean);
    if (lines.every((l) => BULLET.test(l))) {
      body.push(`<ul>${lines.map((l) => `<li>${escapeHtml(l.replace(BULLET, ''))}</li>`).join('')}</ul>`);
    } else if (lines.length === 1 && looksLikeHeading(lines[0]!)) {
      body.push(i === 0 ? `<h1>${escapeHtml(lines[0]!)}</h1>` : `<h2>${escapeHtml(lines[0]!)}</h2>`);
    } else {
      body.push(...lines.map((l) => (BULLET.test(l) ? `<ul><li>${escapeHtml(l.replace(BULLET, ''))}</li></ul>` : `<p>${escapeHtml(l)}</p>`)));
    }
  }
  return `<!doctype html>
<html lang="${opts.lang ?? 'nl'}">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<link rel="privacy-policy" href="/privacy">
<style>
  body { font: 16px/1.5 Georgia, serif; margin: 0; color: #222; }
  header, footer { background: #123; color: #eee; padding: 1em 2em; }
  header a, footer a { color: #cde; margin-right: 1em; }
  main { max-width: 46em; margin: 2em auto; padding: 0 1em; }
  #cookie-banner { position: fixed; bottom: 0; left: 0; right: 0; background: #fffbe6; padding: 1em; border-top: 1px solid #cc9; }
</style>
</head>
<body>
<header><nav><a href="/">Home</a><a href="/products">Producten</a><a href="/support">Support</a><a href="/privacy">Privacy</a></nav></header>
<main>
${body.join('\n')}
</main>
<footer><p>© 2026 Voorbeeld B.V. · <a href="/privacy">Privacyverklaring</a> · <a href="/terms">Algemene voorwaarden</a></p></footer>
<div id="cookie-banner" class="cookie-consent">Wij gebruiken cookies om onze website te verbeteren. <button type="button">Akkoord</button></div>
</body>
</html>`;
}
