/** @jest-environment jsdom */
import { extractText, markOwnUi, MAX_EXTRACT_CHARS } from '../../../src/content/extract';

function setBody(html: string): void {
  document.head.innerHTML = '';
  document.body.innerHTML = html;
}

const text = (html: string, options = {}) => {
  setBody(html);
  return extractText(document, options).text;
};

describe('what the extractor leaves out', () => {
  test.each([
    ['script', '<script>var leaked = 1;</script>'],
    ['style', '<style>.leaked{}</style>'],
    ['noscript', '<noscript>leaked</noscript>'],
    ['template', '<template><p>leaked</p></template>'],
    ['svg', '<svg><text>leaked</text></svg>'],
    ['iframe', '<iframe>leaked</iframe>'],
    ['hidden attribute', '<div hidden>leaked</div>'],
    ['inline display:none', '<div style="display:none">leaked</div>'],
    ['inline visibility:hidden', '<div style="visibility:hidden">leaked</div>'],
    ['stylesheet display:none', '<style>.x{display:none}</style><div class="x">leaked</div>'],
    ['aria-hidden', '<span aria-hidden="true">leaked</span>'],
    ['nav', '<nav><a href="/">leaked</a></nav>'],
    ['page header', '<header>leaked</header>'],
    ['page footer', '<footer>leaked</footer>'],
    ['aside', '<aside>leaked</aside>'],
    ['role=navigation', '<div role="navigation">leaked</div>'],
    ['role=banner', '<div role="banner">leaked</div>'],
    ['role=contentinfo', '<div role="contentinfo">leaked</div>'],
    ['OneTrust banner', '<div id="onetrust-banner-sdk"><p>leaked</p></div>'],
    ['Didomi banner', '<div class="didomi-popup">leaked</div>'],
    ['Cookiebot dialog', '<div id="CybotCookiebotDialog" class="cookiebot">leaked</div>'],
    ['consent banner', '<div class="cookie-consent">leaked</div>'],
    ['CMP container', '<div id="cmp-container">leaked</div>'],
    ['select', '<select><option>leaked</option></select>'],
    ['textarea', '<textarea>leaked</textarea>'],
    ['form button', '<form><button>leaked</button></form>'],
  ])('%s', (_kind, html) => {
    const result = text(`<p>Before.</p>${html}<p>After.</p>`);
    expect(result).not.toContain('leaked');
    expect(result).toBe('Before.\nAfter.');
  });

  test('our own UI', () => {
    setBody('<p>Page text.</p>');
    const ours = document.createElement('div');
    ours.textContent = 'leaked';
    markOwnUi(ours);
    document.body.append(ours);
    expect(extractText(document).text).toBe('Page text.');
  });

  test('a header inside the article is content (it holds the title)', () => {
    expect(text('<header>Site</header><article><header><h1>Privacy Policy</h1></header><p>Body.</p></article>')).toBe('Privacy Policy\nBody.');
  });

  test('a long element named after cookies is the cookie policy, not a banner', () => {
    const long = 'We use cookies to remember your settings. '.repeat(120);
    expect(text(`<div class="cookie-policy-content"><p>${long}</p></div>`)).toContain('We use cookies');
    expect(text(`<div id="cookie-banner"><p>${long}</p></div>`)).toContain('We use cookies');
  });

  test('aria-hidden on a large wrapper (a modal inerting the page) does not hide the policy', () => {
    const long = 'We collect your personal data. '.repeat(100);
    expect(text(`<div aria-hidden="true"><p>${long}</p></div>`)).toContain('We collect');
  });
});

describe('structure and whitespace', () => {
  test('blocks and <br> become single line breaks; inline elements do not', () => {
    expect(text('<h1>Title</h1><p>One <b>bold</b> <a href="#">link</a>.</p><ul><li>first</li><li>second</li></ul><p>a<br>b</p>')).toBe(
      'Title\nOne bold link.\n• first\n• second\na\nb',
    );
  });

  test('a list item starts with "• ", as the training data writes items; an empty item leaves none behind', () => {
    expect(text('<p>We share your data with:</p><ol><li><p>our <b>processors</b>;</p></li><li></li><li>Rusland</li></ol><p>Next.</p>')).toBe(
      'We share your data with:\n• our processors;\n• Rusland\nNext.',
    );
    expect(text('<ul><li>Outer<ul><li>inner</li></ul></li></ul>')).toBe('• Outer\n• inner');
  });

  test('whitespace runs collapse to one space and nothing is invented', () => {
    const result = text('<p>\n   We   collect\n\t your\n data.  </p>\n\n<p>  Next  </p>');
    expect(result).toBe('We collect your data.\nNext');
    expect(result).not.toMatch(/•|\*/);
  });

  test('a table row is one unit with its cells apart', () => {
    expect(text('<table><tr><th>Cookie</th><th>Purpose</th></tr><tr><td>_ga</td><td> analytics </td><td>2 years</td></tr></table>')).toBe('Cookie | Purpose\n_ga | analytics | 2 years');
  });

  test('cells holding paragraphs (a layout table) stay separate units', () => {
    expect(text('<table><tr><td><p>Menu</p></td><td><p>We use cookies.</p><p>We share data.</p></td></tr></table>')).toBe('Menu\nWe use cookies.\nWe share data.');
  });

  test('an empty cell adds no separator', () => {
    expect(text('<table><tr><td>_ga</td><td></td><td>2 years</td></tr></table>')).toBe('_ga | 2 years');
  });

  test('prefers <main> when it holds the text, else the body', () => {
    expect(text(`<div>Sidebar text here.</div><main><p>${'Main text. '.repeat(60)}</p></main>`)).not.toContain('Sidebar');
    expect(text('<div>Lots of body text here that matters.</div><main><p>tiny</p></main>')).toContain('Lots of body text');
  });
});

describe('shadow DOM', () => {
  test('enters open shadow roots and follows slots in rendering order', () => {
    setBody('<p>Light before.</p><policy-box><span>Slotted light text.</span></policy-box><p>Light after.</p>');
    const host = document.querySelector('policy-box') as HTMLElement;
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<h2>Shadow heading</h2><div><slot></slot></div><p>Shadow paragraph.</p><style>p{}</style>';
    expect(extractText(document).text).toBe('Light before.\nShadow heading\nSlotted light text.\nShadow paragraph.\nLight after.');
  });

  test('a closed shadow root stays closed to us as to anyone', () => {
    setBody('<div id="h"></div><p>Visible.</p>');
    const root = (document.getElementById('h') as HTMLElement).attachShadow({ mode: 'closed' });
    root.innerHTML = '<p>Closed text.</p>';
    expect(extractText(document).text).toBe('Visible.');
  });
});

describe('size cap', () => {
  test('stops at maxChars and reports the total', () => {
    setBody(`<p>${'a'.repeat(500)}</p><p>${'b'.repeat(500)}</p>`);
    const result = extractText(document, { maxChars: 600 });
    expect(result.text.length).toBe(600);
    expect(result.truncated).toBe(true);
    expect(result.totalChars).toBeGreaterThanOrEqual(1000);
  });

  test('a sample stops walking at the cap', () => {
    setBody(`<p>${'a'.repeat(500)}</p><p>${'b'.repeat(500)}</p>`);
    const result = extractText(document, { maxChars: 100, sample: true });
    expect(result.text).toBe('a'.repeat(100));
  });

  test('a page under the cap is not truncated', () => {
    setBody('<p>short</p>');
    expect(extractText(document)).toMatchObject({ text: 'short', totalChars: 5, truncated: false });
    expect(MAX_EXTRACT_CHARS).toBe(400_000);
  });

  // Built bottom-up (jsdom's append is quadratic top-down). jsdom itself overflows its stack near
  // 10,000 levels, so the 10,000-level case runs in Chromium (issue 8); the walker is iterative either way.
  test('3,000 nested elements', () => {
    setBody('');
    let subtree: HTMLElement = document.createElement('span');
    subtree.textContent = 'deep text';
    for (let i = 0; i < 3_000; i++) {
      const wrapper = document.createElement(i % 2 ? 'div' : 'span');
      wrapper.append(subtree);
      subtree = wrapper;
    }
    document.body.append(subtree);
    expect(extractText(document, { styles: 'inline' }).text).toBe('deep text');
  });

  test('an empty page gives empty text', () => {
    setBody('');
    expect(extractText(document)).toMatchObject({ text: '', totalChars: 0, truncated: false });
  });
});
