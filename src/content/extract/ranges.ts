/**
 * Offsets in the extracted text back to DOM Ranges. A position on a "\n" the
 * builder added (between blocks) snaps to the nearest piece in the direction
 * that keeps the range inside the text it names.
 */
import type { TextPiece } from './text-builder';

export interface DomPosition {
  node: Text;
  offset: number;
}

/** Index of the first piece whose end is after `offset` (pieces are sorted and disjoint). */
function firstEndingAfter(pieces: readonly TextPiece[], offset: number): number {
  let low = 0;
  let high = pieces.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((pieces[mid] as TextPiece).end <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

function positionIn(piece: TextPiece, offset: number): DomPosition {
  if (piece.nodeEnd - piece.nodeStart === piece.end - piece.start) {
    return { node: piece.node, offset: piece.nodeStart + (offset - piece.start) };
  }
  // A collapsed whitespace run: its one output character spans the whole run.
  return { node: piece.node, offset: offset <= piece.start ? piece.nodeStart : piece.nodeEnd };
}

/** Where a range starting at `offset` begins. */
export function startPosition(pieces: readonly TextPiece[], offset: number): DomPosition | null {
  const piece = pieces[firstEndingAfter(pieces, offset)];
  if (!piece) return null;
  return positionIn(piece, Math.max(offset, piece.start));
}

/** Where a range ending at `offset` (exclusive) ends. */
export function endPosition(pieces: readonly TextPiece[], offset: number): DomPosition | null {
  const index = firstEndingAfter(pieces, offset - 1) ;
  const piece = pieces[index];
  if (piece && piece.start < offset) return positionIn(piece, Math.min(offset, piece.end));
  const previous = pieces[index - 1];
  return previous ? positionIn(previous, previous.end) : null;
}

export function rangeFor(doc: Document, pieces: readonly TextPiece[], start: number, end: number): Range | null {
  if (!(end > start)) return null;
  const from = startPosition(pieces, start);
  const to = endPosition(pieces, end);
  if (!from || !to) return null;
  const range = doc.createRange();
  try {
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
  } catch {
    // The page changed under us (node removed or shortened): no range rather than a wrong one.
    return null;
  }
  return range.collapsed ? null : range;
}
