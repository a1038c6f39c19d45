/**
 * Walks a subtree in rendering order with a filtered TreeWalker, feeding text to
 * a TextBuilder. Iterative (10,000 nested elements must not overflow the stack);
 * enters open shadow roots in place of the host's light children, and follows
 * slots to the light nodes assigned to them.
 */
import { isBlock, isListItem, isSimpleCell, skipElement, type FilterOptions } from './filter';
import type { TextBuilder } from './text-builder';

// Numeric constants: the CLI runs this in Node over jsdom, where NodeFilter is not a global.
const ELEMENT = 1;
const TEXT = 3;
const SHOW_ELEMENT_AND_TEXT = 0x1 | 0x4;
const FILTER_ACCEPT = 1;
const FILTER_REJECT = 2;

interface WalkContext {
  builder: TextBuilder;
  options: FilterOptions;
}

function makeFilter(options: FilterOptions): NodeFilter {
  return {
    acceptNode(node: Node): number {
      if (node.nodeType === TEXT) return FILTER_ACCEPT;
      return skipElement(node as Element, options) ? FILTER_REJECT : FILTER_ACCEPT;
    },
  };
}

function enter(node: Node, context: WalkContext): void {
  if (node.nodeType === TEXT) {
    if (context.builder.full) context.builder.countSkipped(node as Text);
    else context.builder.addText(node as Text);
    return;
  }
  if (node.nodeType !== ELEMENT) return;
  const element = node as Element;
  const previous = element.previousElementSibling;
  if (previous && isSimpleCell(previous) && isSimpleCell(element)) context.builder.cellBoundary();
  else if (isListItem(element)) context.builder.listItem();
  else if (isBlock(element)) context.builder.blockBoundary();
}

function exit(node: Node, context: WalkContext): void {
  if (node.nodeType !== ELEMENT) return;
  const element = node as Element;
  const next = element.nextElementSibling;
  // The next cell joins this one; its own entry sets the separator.
  if (next && isSimpleCell(next) && isSimpleCell(element)) return;
  if (isListItem(element)) context.builder.endListItem();
  else if (isBlock(element)) context.builder.blockBoundary();
}

/** Content rendered in place of an element's children: its open shadow root or a slot's assigned nodes. */
function renderedInstead(node: Node): Node[] | null {
  if (node.nodeType !== ELEMENT) return null;
  const element = node as Element;
  if (element.shadowRoot) return [element.shadowRoot];
  if (element.tagName === 'SLOT') {
    const assigned = (element as HTMLSlotElement).assignedNodes({ flatten: true });
    return assigned.length > 0 ? assigned : null;
  }
  return null;
}

/** Walks `root` (itself included unless filtered out) into the builder. */
export function walkInto(root: Node, context: WalkContext): void {
  if (root.nodeType === ELEMENT && skipElement(root as Element, context.options)) return;
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT_AND_TEXT, makeFilter(context.options));
  for (;;) {
    if (context.builder.done) return;
    const node = walker.currentNode;
    enter(node, context);
    const instead = renderedInstead(node);
    if (instead) {
      for (const child of instead) walkInto(child, context);
    } else if (walker.firstChild()) {
      continue;
    }
    // No children left to visit: close elements upward until one has a next sibling.
    let current = node;
    for (;;) {
      exit(current, context);
      if (current === root) return;
      if (walker.nextSibling()) break;
      if (!walker.parentNode()) return;
      current = walker.currentNode;
    }
  }
}
