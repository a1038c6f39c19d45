/**
 * Which elements the extractor leaves out: non-text content, hidden nodes, page
 * chrome (navigation, page header/footer, sidebars), cookie banners, form
 * controls and our own UI. Checked on element boundaries only.
 */
import { isOwnUi } from './own-ui';

const NON_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'EMBED', 'VIDEO', 'AUDIO', 'PICTURE', 'IMG', 'MATH', 'HEAD', 'SELECT', 'TEXTAREA', 'OPTION', 'DATALIST', 'INPUT', 'DIALOG']);
const CHROME = new Set(['NAV', 'ASIDE']);
const CHROME_ROLES = /^(?:navigation|banner|contentinfo|complementary|search|menu|menubar|dialog|alertdialog)$/;
const BANNER_NAME = /(?:^|[\s_-])(?:cookie|cookies|consent|cmp|onetrust|didomi|cookiebot|cookielaw|usercentrics|cc-window|cc-banner|gdpr|truste|qc-cmp|sp_message)/i;
/** Containers of a cookie policy's own content (e.g. Cookiebot's declaration) are text, not banners. */
const NOT_BANNER = /polic|statement|declaration|verklaring|beleid|richtlinie|erklaerung|table|list|content|article|text/i;
/** A banner is short; a long element named "cookie…" is the policy itself. */
const BANNER_MAX_CHARS = 4000;
/** aria-hidden on a large subtree is usually a modal inerting the page, not decoration. */
const ARIA_HIDDEN_MAX_CHARS = 2000;

export interface FilterOptions {
  /**
   * 'computed' asks getComputedStyle (the browser); 'inline' reads only the style
   * attribute (jsdom, where the cascade is slow and no external CSS is loaded).
   */
  styles: 'computed' | 'inline';
}

function isHidden(element: Element, options: FilterOptions): boolean {
  if (element.hasAttribute('hidden')) return true;
  const view = element.ownerDocument.defaultView;
  if (options.styles === 'computed' && view) {
    const style = view.getComputedStyle(element);
    return style.display === 'none' || style.visibility === 'hidden';
  }
  const inline = (element as HTMLElement).style as CSSStyleDeclaration | undefined;
  return inline ? inline.display === 'none' || inline.visibility === 'hidden' : false;
}

/** A page-level header/footer is chrome; one inside an article or section is content. */
function isPageChrome(element: Element): boolean {
  const tag = element.tagName;
  if (CHROME.has(tag)) return true;
  if (tag === 'HEADER' || tag === 'FOOTER') return element.closest('article, main, section, [role="main"]') === null;
  const role = element.getAttribute('role');
  return role !== null && CHROME_ROLES.test(role);
}

function isCookieBanner(element: Element): boolean {
  const name = `${element.id} ${typeof element.className === 'string' ? element.className : ''}`;
  if (name.length < 3 || !BANNER_NAME.test(name) || NOT_BANNER.test(name)) return false;
  return (element.textContent?.length ?? 0) < BANNER_MAX_CHARS;
}

function isFormControl(element: Element): boolean {
  return element.tagName === 'BUTTON' && element.closest('form') !== null;
}

export function skipElement(element: Element, options: FilterOptions): boolean {
  const tag = element.tagName.toUpperCase();
  if (NON_TEXT.has(tag) || isOwnUi(element)) return true;
  if (element.getAttribute('aria-hidden') === 'true' && (element.textContent?.length ?? 0) < ARIA_HIDDEN_MAX_CHARS) return true;
  if (isPageChrome(element) || isFormControl(element) || isCookieBanner(element)) return true;
  return isHidden(element, options);
}

const BLOCKS = new Set(['ADDRESS', 'ARTICLE', 'BLOCKQUOTE', 'BR', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LEGEND', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'BODY', 'HTML']);

const BLOCK_SELECTOR = [...BLOCKS].filter((tag) => tag !== 'BODY' && tag !== 'HTML').join(',').toLowerCase();

/**
 * A table cell holding only inline content. Cells of a data table (a cookie table: name,
 * provider, purpose, expiry) read as one row; a layout table's cells hold paragraphs and
 * stay apart.
 */
export function isSimpleCell(element: Element): boolean {
  const tag = element.tagName.toUpperCase();
  return (tag === 'TD' || tag === 'TH') && element.querySelector(BLOCK_SELECTOR) === null;
}

export function isListItem(element: Element): boolean {
  return element.tagName.toUpperCase() === 'LI';
}

/** Block boundaries become line breaks so headings and list items stay separate units. */
export function isBlock(element: Element): boolean {
  return BLOCKS.has(element.tagName.toUpperCase());
}
