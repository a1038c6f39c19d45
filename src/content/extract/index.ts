/**
 * The page's main text and its map back to the DOM: pure over a Document, shared
 * by the content script (live page) and the CLI (jsdom).
 */
import { chooseRoot } from './root';
import { rangeFor } from './ranges';
import { TextBuilder, type TextPiece } from './text-builder';
import { walkInto } from './walk';
import type { FilterOptions } from './filter';

export { markOwnUi, isOwnUi } from './own-ui';
export type { TextPiece } from './text-builder';

/** Same cap as the engine's DEFAULT_MAX_CHARS (not imported: the content bundle stays classifier-free). */
export const MAX_EXTRACT_CHARS = 400_000;

export interface ExtractOptions extends Partial<FilterOptions> {
  maxChars?: number;
  /** Stop at maxChars instead of counting the rest of the page (a detection sample). */
  sample?: boolean;
  /** Walk this subtree instead of choosing the main content. */
  root?: Node;
}

export interface Extraction {
  text: string;
  /** Page text before the cap (approximate: uncollapsed whitespace past the cap counts). */
  totalChars: number;
  truncated: boolean;
  pieces: readonly TextPiece[];
  root: Node | null;
}

export function extractText(doc: Document, options: ExtractOptions = {}): Extraction {
  const root = options.root ?? chooseRoot(doc);
  const builder = new TextBuilder(options.maxChars ?? MAX_EXTRACT_CHARS, options.sample ?? false);
  if (root) walkInto(root, { builder, options: { styles: options.styles ?? 'computed' } });
  return { text: builder.text(), totalChars: builder.totalChars, truncated: builder.truncated, pieces: builder.pieces, root };
}

/** The DOM Range behind [start, end) of an extraction's text, or null if the page changed. */
export function rangeForOffsets(doc: Document, extraction: Extraction, start: number, end: number): Range | null {
  return rangeFor(doc, extraction.pieces, start, end);
}
