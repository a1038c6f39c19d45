/**
 * Builds the extracted text and its map back to the DOM. Whitespace runs collapse
 * to one space (as rendering does), block boundaries become a single "\n", cells of one
 * table row are joined by " | " (the way the model's training data writes table rows),
 * a list item starts with "• " (the way its policies write items: the engine reads an item
 * under its list's lead-in, and a short "Rusland" without a marker reads as a heading, which
 * is never graded), and nothing else is added: every other character is a character of the page.
 */

/** A stretch of output text that came from one Text node. */
export interface TextPiece {
  /** Offsets in the output text. */
  start: number;
  end: number;
  node: Text;
  /** Offsets in `node.data`; a collapsed whitespace run maps 1 output char to several. */
  nodeStart: number;
  nodeEnd: number;
}

const WHITESPACE = /[ \t\n\r\f]+/g;
export const CELL_SEPARATOR = ' | ';
export const ITEM_MARKER = '• ';

export class TextBuilder {
  readonly pieces: TextPiece[] = [];
  private readonly parts: string[] = [];
  private length = 0;
  /** Whitespace seen since the last emitted character, kept until text follows in the same block. */
  private pendingSpace: { node: Text; start: number; end: number } | null = null;
  private pendingBreak = false;
  private pendingCell = false;
  private pendingItem = false;
  /** Characters the cap cut off (approximate: whitespace counts as written). */
  private overflow = 0;

  /** `stopWhenFull`: a sample, not a whole page; the walk ends at the cap and totalChars stays a lower bound. */
  constructor(
    private readonly maxChars: number,
    private readonly stopWhenFull = false,
  ) {}

  get full(): boolean {
    return this.length >= this.maxChars;
  }

  /** The walk may stop: a full sample needs nothing more. */
  get done(): boolean {
    return this.stopWhenFull && this.full;
  }

  get truncated(): boolean {
    return this.overflow > 0;
  }

  /** Characters of page text, including what the cap cut off. */
  get totalChars(): number {
    return this.length + this.overflow;
  }

  text(): string {
    return this.parts.join('');
  }

  blockBoundary(): void {
    this.pendingSpace = null;
    if (this.length > 0) this.pendingBreak = true;
  }

  /** An <li> starts: its first text gets the item marker. */
  listItem(): void {
    this.blockBoundary();
    this.pendingItem = true;
  }

  /** An <li> ends: an item without text leaves no marker for what follows. */
  endListItem(): void {
    this.pendingItem = false;
    this.blockBoundary();
  }

  /** Between two cells of a row: one unit, cells apart. A pending line break wins. */
  cellBoundary(): void {
    this.pendingSpace = null;
    if (this.length > 0) this.pendingCell = true;
  }

  addText(node: Text): void {
    const data = node.data;
    WHITESPACE.lastIndex = 0;
    let cursor = 0;
    for (let match = WHITESPACE.exec(data); match !== null; match = WHITESPACE.exec(data)) {
      if (match.index > cursor) this.emitLiteral(node, cursor, match.index);
      if (!this.pendingBreak && this.length > 0) this.pendingSpace ??= { node, start: match.index, end: match.index + match[0].length };
      cursor = match.index + match[0].length;
    }
    if (cursor < data.length) this.emitLiteral(node, cursor, data.length);
  }

  /** Counts text the cap left out, so the report can say how much there was. */
  countSkipped(node: Text): void {
    this.overflow += node.data.length;
  }

  private emitLiteral(node: Text, start: number, end: number): void {
    if (this.full) {
      this.overflow += end - start;
      return;
    }
    if (this.pendingBreak) {
      this.push('\n');
      if (this.pendingItem) this.push(ITEM_MARKER);
    } else if (this.pendingItem) {
      this.push(ITEM_MARKER);
    } else if (this.pendingCell) {
      this.push(CELL_SEPARATOR);
    } else if (this.pendingSpace) {
      const space = this.pendingSpace;
      this.addPiece(space.node, space.start, space.end, 1);
      this.push(' ');
    }
    this.pendingSpace = null;
    this.pendingBreak = false;
    this.pendingCell = false;
    this.pendingItem = false;
    const room = Math.min(end - start, this.maxChars - this.length);
    this.overflow += end - start - room;
    this.addPiece(node, start, start + room, room);
    this.push(node.data.slice(start, start + room));
  }

  /** Maps the next `outLength` output characters to node.data[nodeStart, nodeEnd). */
  private addPiece(node: Text, nodeStart: number, nodeEnd: number, outLength: number): void {
    const last = this.pieces[this.pieces.length - 1];
    const oneToOne = nodeEnd - nodeStart === outLength;
    // Touching one-to-one stretches of the same node share a piece: few pieces per paragraph.
    if (oneToOne && last && last.node === node && last.end === this.length && last.nodeEnd === nodeStart && last.nodeEnd - last.nodeStart === last.end - last.start) {
      last.end += outLength;
      last.nodeEnd = nodeEnd;
      return;
    }
    this.pieces.push({ start: this.length, end: this.length + outLength, node, nodeStart, nodeEnd });
  }

  private push(chunk: string): void {
    this.parts.push(chunk);
    this.length += chunk.length;
  }
}
