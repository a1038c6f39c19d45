/**
 * What jsdom lacks and the content script uses: the Custom Highlight API,
 * adoptedStyleSheets, layout boxes and caret hit-testing. Each stub is installed
 * per test and removed after it, so both the API path and the fallback are tested.
 */
export class FakeHighlight {
  readonly ranges: AbstractRange[];
  priority = 0;
  constructor(...ranges: AbstractRange[]) {
    this.ranges = ranges;
  }
  add(range: AbstractRange): void {
    this.ranges.push(range);
  }
}

type Scope = Record<string, unknown>;

export function installHighlightApi(): { registry: Map<string, FakeHighlight>; sheets: () => CSSStyleSheet[]; uninstall: () => void } {
  const scope = window as unknown as Scope;
  const registry = new Map<string, FakeHighlight>();
  scope.CSS = { highlights: registry };
  scope.Highlight = FakeHighlight;
  const sheetProto = CSSStyleSheet.prototype as unknown as Scope;
  const hadReplaceSync = 'replaceSync' in sheetProto;
  if (!hadReplaceSync) {
    sheetProto.replaceSync = function replaceSync(this: CSSStyleSheet & { cssText?: string }, css: string) {
      this.cssText = css;
    };
  }
  let adopted: CSSStyleSheet[] = [];
  Object.defineProperty(document, 'adoptedStyleSheets', {
    configurable: true,
    get: () => adopted,
    set: (value: CSSStyleSheet[]) => {
      adopted = [...value];
    },
  });
  return {
    registry,
    sheets: () => adopted,
    uninstall() {
      delete scope.CSS;
      delete scope.Highlight;
      delete (document as unknown as Scope).adoptedStyleSheets;
      if (!hadReplaceSync) delete sheetProto.replaceSync;
    },
  };
}

export function rect(left: number, top: number, width: number, height: number): DOMRect {
  return { left, top, width, height, right: left + width, bottom: top + height, x: left, y: top, toJSON: () => ({}) } as DOMRect;
}

/** Gives every Range one line box: `boxFor(range)` decides where. */
export function installRangeLayout(boxFor: (range: Range) => DOMRect | null): () => void {
  const proto = Range.prototype as unknown as Scope;
  proto.getClientRects = function getClientRects(this: Range) {
    const box = boxFor(this);
    return box ? [box] : [];
  };
  proto.getBoundingClientRect = function getBoundingClientRect(this: Range) {
    return boxFor(this) ?? rect(0, 0, 0, 0);
  };
  return () => {
    delete proto.getClientRects;
    delete proto.getBoundingClientRect;
  };
}

export function installCaret(at: (x: number, y: number) => { offsetNode: Node; offset: number } | null): () => void {
  const scope = document as unknown as Scope;
  scope.caretPositionFromPoint = at;
  return () => {
    delete scope.caretPositionFromPoint;
  };
}
