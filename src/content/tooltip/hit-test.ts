/** Which mark is under the pointer: the caret position at the point, then the range's own boxes. */
import type { Mark } from '../marks';

interface CaretDocument {
  caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?(x: number, y: number): Range | null;
}

export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const caret = doc as unknown as CaretDocument;
  if (typeof caret.caretPositionFromPoint === 'function') {
    const position = caret.caretPositionFromPoint.call(doc, x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  if (typeof caret.caretRangeFromPoint === 'function') {
    const range = caret.caretRangeFromPoint.call(doc, x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}

/** The line box of `range` under (x, y), if any: the caret APIs snap to the nearest text even in margins. */
export function boxAt(range: Range, x: number, y: number): DOMRect | null {
  for (const rect of Array.from(range.getClientRects())) {
    if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return rect;
  }
  return null;
}

export function markAt(doc: Document, marks: readonly Mark[], x: number, y: number): { mark: Mark; box: DOMRect } | null {
  if (marks.length === 0) return null;
  const caret = caretAt(doc, x, y);
  if (!caret) return null;
  for (const mark of marks) {
    let inside = false;
    try {
      inside = mark.range.isPointInRange(caret.node, caret.offset);
    } catch {
      inside = false;
    }
    if (!inside) continue;
    const box = boxAt(mark.range, x, y);
    if (box) return { mark, box };
  }
  return null;
}
