/**
 * The lead-in of a list item. Policies list their practices under a line that ends in a colon
 * ("We may disclose your data in the following cases:"), and the items alone rarely say it
 * ("• To related entities, for customer support."). Only the first item has the lead-in as
 * its previous sentence; this carries it down the whole list.
 */
import type { SentenceContext } from './features';
import { isListItem } from './shape';

const LEAD_IN = /:\s*$/;

export class ListContext {
  private leadIn: string | undefined;

  /** The lead-in `text` sits under when it is a list item; then remembers `text` for the next unit. */
  next(text: string): string | undefined {
    const item = isListItem(text);
    const current = item ? this.leadIn : undefined;
    if (!item) this.leadIn = LEAD_IN.test(text) ? text : undefined;
    return current;
  }
}

/** Each unit's context in document order, the same for training, evaluation and the engine. */
export class DocumentContext {
  private previous: string | undefined;
  private readonly list = new ListContext();

  /** The context of `text`, the next unit of the document. */
  next(text: string): SentenceContext {
    const context: SentenceContext = {};
    if (this.previous !== undefined) context.previous = this.previous;
    const leadIn = this.list.next(text);
    if (leadIn !== undefined) context.leadIn = leadIn;
    this.previous = text;
    return context;
  }
}
